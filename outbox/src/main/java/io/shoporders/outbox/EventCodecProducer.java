package io.shoporders.outbox;

import io.shoporders.contracts.EventCodec;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One codec per service: it is thread-safe and holds the only JSON mapping of the events. */
@Dependent
public class EventCodecProducer {

  @Produces
  @Singleton
  EventCodec eventCodec() {
    return new EventCodec();
  }
}
