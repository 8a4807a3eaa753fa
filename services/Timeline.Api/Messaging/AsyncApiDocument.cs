using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Timeline.Contracts;

namespace Timeline.Api.Messaging;

/// <summary>
/// The AsyncAPI description of the messages Timeline publishes on RabbitMQ, for subscribers in any language:
/// one fanout exchange per message type, the MassTransit envelope, and the JSON schema of each message,
/// generated from the contract records themselves so that it cannot drift from them.
/// </summary>
public static class AsyncApiDocument
{
    private static readonly Lazy<string> Json = new(Build);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/asyncapi.json", () => Results.Text(Json.Value, "application/json"))
            .WithTags("Messages")
            .WithName("AsyncApi")
            .WithSummary("AsyncAPI document of the RabbitMQ messages: exchanges, envelope and JSON schemas")
            .Produces<JsonObject>();
    }

    private static readonly (Type Type, string Publisher, string When)[] Messages =
    [
        (typeof(ArticleSubmitted), "Articles API", "an article has been stored"),
        (typeof(ArticleEventsExtracted), "Extraction worker", "an article has been read: every event of the article in one message"),
        (typeof(ArticleExtractionFailed), "Extraction worker", "the extractor cannot read an article, however often it tries (the article is marked failed)"),
        (typeof(TimelineEntryChanged), "Timeline API", "a timeline entry was created, updated or removed"),
    ];

    private static string Build()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        var channels = new JsonObject();
        var messages = new JsonObject();
        foreach (var (type, publisher, when) in Messages)
        {
            var exchange = $"Timeline.Contracts:{type.Name}";
            channels[exchange] = new JsonObject
            {
                ["description"] = $"Published by the {publisher} when {when}. Bind a queue of your own to this fanout exchange (any routing key).",
                ["subscribe"] = new JsonObject
                {
                    ["operationId"] = $"receive{type.Name}",
                    ["message"] = new JsonObject { ["$ref"] = $"#/components/messages/{type.Name}" },
                },
                ["bindings"] = new JsonObject
                {
                    ["amqp"] = new JsonObject
                    {
                        ["is"] = "routingKey",
                        ["exchange"] = new JsonObject { ["name"] = exchange, ["type"] = "fanout", ["durable"] = true, ["autoDelete"] = false, ["vhost"] = "/" },
                        ["bindingVersion"] = "0.2.0",
                    },
                },
            };
            messages[type.Name] = new JsonObject
            {
                ["name"] = type.Name,
                ["contentType"] = "application/vnd.masstransit+json",
                ["summary"] = $"MassTransit envelope whose 'message' is a {type.Name}; 'messageType' holds \"urn:message:Timeline.Contracts:{type.Name}\".",
                ["payload"] = Envelope(type, options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true })),
            };
        }
        var document = new JsonObject
        {
            ["asyncapi"] = "2.6.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Timeline messages",
                ["version"] = "1.0.0",
                ["description"] = "What Timeline publishes on RabbitMQ (MassTransit). Delivery is at least once: a message may come again, " +
                    "with the same messageId (derived from what it announces), so handle it twice without harm. TimelineEntryChanged carries " +
                    "the entry's version: 1, 2, 3... without gaps, one message per version.",
            },
            ["defaultContentType"] = "application/vnd.masstransit+json",
            ["servers"] = new JsonObject
            {
                ["rabbitmq"] = new JsonObject { ["url"] = "amqp://{host}:5672/", ["protocol"] = "amqp", ["protocolVersion"] = "0-9-1",
                    ["variables"] = new JsonObject { ["host"] = new JsonObject { ["default"] = "localhost" } } },
            },
            ["channels"] = channels,
            ["components"] = new JsonObject { ["messages"] = messages },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Envelope(Type type, JsonNode schema) => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("messageId", "messageType", "message"),
        ["properties"] = new JsonObject
        {
            ["messageId"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
            ["conversationId"] = new JsonObject { ["type"] = new JsonArray("string", "null") },
            ["sourceAddress"] = new JsonObject { ["type"] = "string" },
            ["destinationAddress"] = new JsonObject { ["type"] = "string" },
            ["messageType"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" },
                ["examples"] = new JsonArray(new JsonArray($"urn:message:Timeline.Contracts:{type.Name}")) },
            ["sentTime"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["headers"] = new JsonObject { ["type"] = "object" },
            ["host"] = new JsonObject { ["type"] = "object" },
            ["message"] = schema,
        },
    };
}
