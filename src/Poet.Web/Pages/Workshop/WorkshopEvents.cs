using Microsoft.AspNetCore.SignalR;
using Npgsql;

namespace Poet.Web.Pages.Workshop;

/// <summary>
/// What changed in a workshop. Participants' phones hear only what changes their page (<see cref="WorkshopSignal.ForRoom"/>:
/// stage, reveal, close, and a decision, which may add an outcome); the facilitator's pages hear all.
/// </summary>
public enum WorkshopChange { Stage, Reveal, Closed, Joined, Contribution, Votes, Decision, Rating }

/// <summary>"Workshop N of round R changed": ids and a kind only, never who or what.</summary>
public sealed record WorkshopSignal(int WorkshopId, int RoundId, WorkshopChange Change)
{
    public bool ForRoom => Change is WorkshopChange.Stage or WorkshopChange.Reveal or WorkshopChange.Closed or WorkshopChange.Decision;

    public string Payload => $"{WorkshopId}:{RoundId}:{(int)Change}";

    public static WorkshopSignal? Parse(string payload) =>
        payload.Split(':') is [var w, var r, var c] && int.TryParse(w, out var wid) && int.TryParse(r, out var rid)
            && int.TryParse(c, out var change) && Enum.IsDefined((WorkshopChange)change)
            ? new WorkshopSignal(wid, rid, (WorkshopChange)change) : null;
}

/// <summary>Carries signals to every instance; each instance then hands them to its own connections (<see cref="WorkshopFanOut"/>).</summary>
public interface IWorkshopBackplane
{
    Task PublishAsync(WorkshopSignal signal, CancellationToken cancellationToken);
}

/// <summary>
/// What pages call after saving a change. Best effort: a lost signal costs only freshness (the pages' polling and
/// reload links still work), so a failure is logged and never fails the request that made the change.
/// </summary>
public sealed class WorkshopEvents(IWorkshopBackplane backplane, ILogger<WorkshopEvents> log)
{
    public Task ChangedAsync(Data.Entities.Workshop workshop, WorkshopChange change) => ChangedAsync(workshop.Id, workshop.RoundId, change);

    public async Task ChangedAsync(int workshopId, int roundId, WorkshopChange change)
    {
        try
        {
            await backplane.PublishAsync(new WorkshopSignal(workshopId, roundId, change), CancellationToken.None);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            log.LogWarning(e, "Workshop change signal not sent ({Change})", change);
        }
    }
}

/// <summary>Sends a signal to this instance's connections: the round's staff pages, and the workshop's phones for room changes.</summary>
public sealed class WorkshopFanOut(IHubContext<WorkshopHub> hub)
{
    /// <summary>Counts signals handed to this instance's connections (tests and the bench read it).</summary>
    public long Delivered => Interlocked.Read(ref _delivered);
    private long _delivered;

    public async Task DeliverAsync(WorkshopSignal signal)
    {
        var kind = signal.Change.ToString().ToLowerInvariant();
        var staff = hub.Clients.Group(WorkshopHub.StaffGroup(signal.RoundId)).SendAsync(WorkshopHub.Changed, kind);
        var room = signal.ForRoom ? hub.Clients.Group(WorkshopHub.RoomGroup(signal.WorkshopId)).SendAsync(WorkshopHub.Changed, kind) : Task.CompletedTask;
        await Task.WhenAll(staff, room);
        Interlocked.Increment(ref _delivered);
    }
}

/// <summary>SQLite: one instance by design, so a signal goes straight to this instance's connections.</summary>
public sealed class InProcessBackplane(WorkshopFanOut fanOut) : IWorkshopBackplane
{
    public Task PublishAsync(WorkshopSignal signal, CancellationToken cancellationToken) => fanOut.DeliverAsync(signal);
}

/// <summary>
/// PostgreSQL: every instance LISTENs on one channel of the shared database and a change is one NOTIFY, so a vote on
/// one instance reaches the phones and the projector connected to another. No extra infrastructure (ADR 0004).
/// The sender hears its own NOTIFY too and delivers only then, so each instance delivers each signal once. A dropped
/// listening connection is opened again; signals sent meanwhile are missed, and the pages catch up when they reconnect
/// or poll.
/// </summary>
public sealed class PostgresBackplane(string connectionString, WorkshopFanOut fanOut, ILogger<PostgresBackplane> log) : BackgroundService, IWorkshopBackplane
{
    public const string Channel = "poet_workshop";

    private readonly NpgsqlDataSource _send = NpgsqlDataSource.Create(connectionString);
    private volatile bool _listening;

    /// <summary>True while the LISTEN connection is open (tests wait for it before they count on delivery).</summary>
    public bool IsListening => _listening;

    public async Task PublishAsync(WorkshopSignal signal, CancellationToken cancellationToken)
    {
        await using var command = _send.CreateCommand($"SELECT pg_notify('{Channel}', $1)");
        command.Parameters.Add(new NpgsqlParameter { Value = signal.Payload });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Keepalive finds a half-open connection, so WaitAsync throws and the loop opens a new one.
        var listen = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 30, Pooling = false }.ConnectionString;
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listen);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (WorkshopSignal.Parse(e.Payload) is { } signal) _ = DeliverAsync(signal);
                };
                await using (var command = new NpgsqlCommand($"LISTEN {Channel}", connection)) await command.ExecuteNonQueryAsync(stoppingToken);
                _listening = true;
                retry = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                log.LogWarning(e, "Workshop change listener lost its connection; opening it again in {Retry}", retry);
            }
            finally
            {
                _listening = false;
            }
            try { await Task.Delay(retry, stoppingToken); } catch (OperationCanceledException) { break; }
            retry = TimeSpan.FromSeconds(Math.Min(30, retry.TotalSeconds * 2));
        }
    }

    private async Task DeliverAsync(WorkshopSignal signal)
    {
        try
        {
            await fanOut.DeliverAsync(signal);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Workshop change signal not delivered ({Change})", signal.Change);
        }
    }

    public override void Dispose()
    {
        _send.Dispose();
        base.Dispose();
    }
}
