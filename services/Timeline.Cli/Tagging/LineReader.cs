namespace Timeline.Cli.Tagging;

/// <summary>
/// Reads the lines of a UTF-8 stream as bytes, without making strings of them. A line ends at '\n' (a '\r' before
/// it is dropped, and so is a byte-order mark before the first line); the last line needs no '\n'. What
/// <see cref="Next"/> returns stays valid until it is called again.
/// </summary>
internal sealed class LineReader(Stream stream)
{
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool finished;

    /// <summary>The number of the line <see cref="Next"/> returned last, counting from 1.</summary>
    public int Number { get; private set; }

    /// <summary>The next line, or null at the end of the stream.</summary>
    public ReadOnlyMemory<byte>? Next()
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = Take(newline);
                start += newline + 1;
                return line;
            }
            if (finished)
            {
                if (start == end)
                    return null;
                var last = Take(end - start);
                start = end;
                return last;
            }
            Fill();
        }
    }

    private ReadOnlyMemory<byte> Take(int length)
    {
        Number++;
        var from = start;
        if (length > 0 && buffer[from + length - 1] == (byte)'\r')
            length--;
        if (Number == 1 && buffer.AsSpan(from, length).StartsWith("\uFEFF"u8))
            (from, length) = (from + 3, length - 3);
        return buffer.AsMemory(from, length);
    }

    /// <summary>Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more.</summary>
    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            (end, start) = (end - start, 0);
        }
        if (end == buffer.Length)
            Array.Resize(ref buffer, buffer.Length * 2);
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
            finished = true;
        else
            end += read;
    }
}
