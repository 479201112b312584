package io.shoporders.stack.bench;

import java.util.List;

/**
 * The figures of one fixed-rate run.
 *
 * @param rate arrivals per second asked for
 * @param seconds length of the measured span
 * @param sent orders the measured span was due to send
 * @param accepted orders order-service accepted (202)
 * @param busy orders order-service turned away with 503 because its admission limit was reached
 * @param errorRate share of the sent orders that were not accepted
 * @param intake latency of POST /orders, from the moment each was due
 * @param saga time from each POST to each milestone
 * @param shipped accepted orders that ended shipped
 * @param cancelled accepted orders that ended cancelled
 * @param unfinished accepted orders with no final state when the drain time ran out
 * @param unexpected orders that ended otherwise than their body asked for (a declined card that
 *     shipped, a good order cancelled: fraud rules or a bug)
 * @param eventsPerOrder distinct events per finished order, on average
 * @param lagSlope growth of the services' consumer lag while sending, records per second
 * @param lagFlat whether that growth is within noise
 * @param resources CPU and memory of each part over the measured span and the drain
 */
public record RunResult(
    double rate,
    double seconds,
    long sent,
    long accepted,
    long busy,
    double errorRate,
    Percentiles intake,
    List<MilestoneFigure> saga,
    long shipped,
    long cancelled,
    long unfinished,
    long unexpected,
    double eventsPerOrder,
    double lagSlope,
    boolean lagFlat,
    List<ResourceMeter.Use> resources) {

  /** Time from POST to one milestone. */
  public record MilestoneFigure(String milestone, Percentiles fromPost) {}

  /** Every order reached its final state and the backlog did not grow. */
  public boolean keptUp() {
    return unfinished == 0 && lagFlat && errorRate == 0;
  }
}
