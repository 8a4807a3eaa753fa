using MongoDB.Bson;
using MongoDB.Driver;

namespace Timeline.Api.Timeline;

/// <summary>
/// Entries, mentions and article states in three collections. Every query filter has an index, created at
/// start-up (see docs/indexes.md).
/// </summary>
public sealed class MongoTimelineStore(IMongoDatabase database) : ITimelineStore
{
    private readonly IMongoCollection<TimelineEntry> entries = database.GetCollection<TimelineEntry>("timelineEntries");
    private readonly IMongoCollection<Mention> mentions = database.GetCollection<Mention>("mentions");
    private readonly IMongoCollection<ArticleState> states = database.GetCollection<ArticleState>("articleStates");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var e = Builders<TimelineEntry>.IndexKeys;
        await entries.Indexes.CreateManyAsync(
        [
            Index(e.Ascending(x => x.Date.Start).Ascending(x => x.Id), "date_id"),
            Index(e.Ascending(x => x.Bucket), "bucket"),
            Index(e.Ascending(x => x.Place!.Id).Ascending(x => x.Date.Start), "place_date"),
            Index(e.Ascending(x => x.Place!.CountryCode).Ascending(x => x.Date.Start), "country_date"),
            Index(e.Ascending(x => x.ActorIds).Ascending(x => x.Date.Start), "actors_date"),
            Index(e.Ascending(x => x.Type).Ascending(x => x.Date.Start), "type_date"),
            Index(e.Ascending(x => x.Status).Ascending(x => x.Date.Start), "status_date"),
            Index(e.Ascending(x => x.Languages).Ascending(x => x.Date.Start), "languages_date"),
            Index(e.Ascending(x => x.SourceCount).Ascending(x => x.Date.Start), "sources_date"),
            Index(e.Ascending(x => x.SearchText), "searchText"),
            Index(e.Ascending(x => x.HasPending), "hasPending"),
        ], cancellationToken);
        var m = Builders<Mention>.IndexKeys;
        await mentions.Indexes.CreateManyAsync(
        [
            new CreateIndexModel<Mention>(m.Ascending(x => x.ArticleId), new CreateIndexOptions { Name = "articleId" }),
            new CreateIndexModel<Mention>(m.Ascending(x => x.Bucket), new CreateIndexOptions { Name = "bucket" }),
        ], cancellationToken);
    }

    private static CreateIndexModel<TimelineEntry> Index(IndexKeysDefinition<TimelineEntry> keys, string name) =>
        new(keys, new CreateIndexOptions { Name = name });

    public async Task<ArticleState?> GetArticleStateAsync(Guid articleId, CancellationToken cancellationToken) =>
        await states.Find(s => s.Id == articleId).FirstOrDefaultAsync(cancellationToken);

    public Task SaveArticleStateAsync(ArticleState state, CancellationToken cancellationToken) =>
        states.ReplaceOneAsync(s => s.Id == state.Id, state, new ReplaceOptions { IsUpsert = true }, cancellationToken);

    public async Task ReplaceArticleMentionsAsync(Guid articleId, IReadOnlyList<Mention> replacement, CancellationToken cancellationToken)
    {
        await mentions.DeleteManyAsync(m => m.ArticleId == articleId, cancellationToken);
        if (replacement.Count > 0)
            await mentions.InsertManyAsync(replacement, cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<Mention>> GetMentionsInBucketAsync(string bucket, CancellationToken cancellationToken) =>
        await mentions.Find(m => m.Bucket == bucket).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TimelineEntry>> GetEntriesInBucketAsync(string bucket, CancellationToken cancellationToken) =>
        await entries.Find(e => e.Bucket == bucket).ToListAsync(cancellationToken);

    public async Task WriteEntriesAsync(IReadOnlyList<EntryWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var (entry, expected) in writes)
        {
            if (expected == 0)
            {
                try
                {
                    await entries.InsertOneAsync(entry, cancellationToken: cancellationToken);
                    continue;
                }
                catch (Exception e) when (e is MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey } or MongoCommandException { Code: 11000 })
                {
                    throw new TimelineWriteConflictException(entry.Id);
                }
            }
            // Every field but the id and what the dispatcher records; a single-document update, so the entry and its
            // pending notification are written together or not at all.
            var fields = entry.ToBsonDocument();
            fields.Remove("_id");
            fields.Remove("notifiedVersion");
            var written = await entries.UpdateOneAsync(Builders<TimelineEntry>.Filter.Eq(e => e.Id, entry.Id) & Builders<TimelineEntry>.Filter.Eq(e => e.Version, expected),
                new BsonDocument("$set", fields), cancellationToken: cancellationToken);
            if (written.MatchedCount == 0)
                throw new TimelineWriteConflictException(entry.Id);
        }
    }

    public Task SetPossibleDuplicatesAsync(string id, IReadOnlyList<string> possibleDuplicates, CancellationToken cancellationToken) =>
        entries.UpdateOneAsync(e => e.Id == id, Builders<TimelineEntry>.Update.Set(e => e.PossibleDuplicates, possibleDuplicates), cancellationToken: cancellationToken);

    public async Task<TimelineEntry?> GetEntryAsync(string id, CancellationToken cancellationToken) =>
        await entries.Find(Builders<TimelineEntry>.Filter.Eq(e => e.Id, id) & OnTimeline).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<TimelineEntry>> PendingAsync(int limit, CancellationToken cancellationToken) =>
        await entries.Find(e => e.HasPending).Limit(limit).ToListAsync(cancellationToken);

    public async Task MarkNotifiedAsync(string id, int version, CancellationToken cancellationToken)
    {
        var f = Builders<TimelineEntry>.Filter;
        var u = Builders<TimelineEntry>.Update;
        var done = await entries.UpdateOneAsync(f.Eq(e => e.Id, id) & f.Eq(e => e.Version, version),
            u.Set(e => e.NotifiedVersion, version).Set(e => e.HasPending, false), cancellationToken: cancellationToken);
        if (done.MatchedCount == 0)
            await entries.UpdateOneAsync(f.Eq(e => e.Id, id) & f.Lt(e => e.NotifiedVersion, version), u.Set(e => e.NotifiedVersion, version), cancellationToken: cancellationToken);
    }

    /// <summary>Not a tombstone. Entries written before tombstones existed have no such field, and count as on the timeline.</summary>
    private static readonly FilterDefinition<TimelineEntry> OnTimeline = Builders<TimelineEntry>.Filter.Ne(e => e.Removed, true);

    public async Task<IReadOnlyList<TimelineEntry>> QueryAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        var f = Builders<TimelineEntry>.Filter;
        var filters = new List<FilterDefinition<TimelineEntry>> { OnTimeline };
        if (query.From is { } from)
            filters.Add(f.Gte(e => e.Date.End, from));
        if (query.To is { } to)
            filters.Add(f.Lte(e => e.Date.Start, to));
        if (query.PlaceIds is { } places)
            filters.Add(f.In(e => e.Place!.Id, places));
        if (query.CountryCodes is { } countries)
            filters.Add(f.In(e => e.Place!.CountryCode, countries));
        if (query.ActorIds is { } actors)
            filters.Add(f.AnyIn(e => e.ActorIds, actors));
        if (query.Type is { } type)
            filters.Add(f.Eq(e => e.Type, type));
        if (query.Status is { } status)
            filters.Add(f.Eq(e => e.Status, status));
        foreach (var word in query.Words)
            filters.Add(f.Regex(e => e.SearchText, new BsonRegularExpression(SearchText.WordStartPattern(word))));
        if (query.MinSources is { } minSources)
            filters.Add(f.Gte(e => e.SourceCount, minSources));
        if (query.Language is { } language)
            filters.Add(f.AnyEq(e => e.Languages, language));
        if (query.After is { } c)
        {
            filters.Add(query.Descending
                ? f.Or(f.Lt(e => e.Date.Start, c.Start), f.And(f.Eq(e => e.Date.Start, c.Start), f.Lt(e => e.Id, c.Id)))
                : f.Or(f.Gt(e => e.Date.Start, c.Start), f.And(f.Eq(e => e.Date.Start, c.Start), f.Gt(e => e.Id, c.Id))));
        }
        var filter = filters.Count == 0 ? f.Empty : f.And(filters);
        var sort = query.Descending
            ? Builders<TimelineEntry>.Sort.Descending(e => e.Date.Start).Descending(e => e.Id)
            : Builders<TimelineEntry>.Sort.Ascending(e => e.Date.Start).Ascending(e => e.Id);
        return await entries.Find(filter).Sort(sort).Limit(query.Limit).ToListAsync(cancellationToken);
    }
}
