using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Drafting.Api.Tests;

/// <summary>Every message the server logs, at every level, to check what reaches a log file.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    // Completed and replaced at every message, so a waiter wakes for each one.
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    /// <summary>Waits until a message holding <paramref name="text"/> is logged (it may already be).</summary>
    public async Task WaitForAsync(string text, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Taken before looking, so a message logged in between completes what is waited for.
            var next = Volatile.Read(ref _next);
            if (Messages.Any(message => message.Contains(text, StringComparison.Ordinal)))
            {
                return;
            }

            await next.Task.WaitAsync(cancellationToken);
        }
    }

    private void Add(string message)
    {
        Messages.Enqueue(message);
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public void Dispose()
    {
    }

    private sealed class Capture(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            logs.Add($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Add($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
