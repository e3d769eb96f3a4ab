using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphGateway.Subgraphs.Tests.Infrastructure;

/// <summary>An EF Core interceptor that records the text of every SQL command executed after <see cref="Reset"/>.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly List<string> commands = [];
    private bool recording;

    /// <summary>Commands recorded since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (this.commands)
            {
                return [.. this.commands];
            }
        }
    }

    /// <summary>Clears the record and starts recording (seeding before the first reset is not counted).</summary>
    public void Reset()
    {
        lock (this.commands)
        {
            this.commands.Clear();
            this.recording = true;
        }
    }

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        this.Record(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        this.Record(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        this.Record(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        this.Record(command);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        this.Record(command);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        this.Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        lock (this.commands)
        {
            if (this.recording)
            {
                this.commands.Add(command.CommandText);
            }
        }
    }
}
