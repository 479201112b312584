package io.shoporders.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackStateTest {

  @Test
  void aPartAskedToStopIsStoppingNotUnhealthy() {
    String state = Stack.state(true, true, false, List.of());

    assertThat(state).isEqualTo("STOPPING");
  }

  @Test
  void aRunningPartThatDoesNotAnswerIsUnhealthy() {
    assertThat(Stack.state(false, true, false, List.of())).isEqualTo("UNHEALTHY");
    assertThat(Stack.state(false, false, false, List.of())).isEqualTo("DOWN");
  }

  @Test
  void anAnsweringPartIsUpUnlessItReportsProblems() {
    assertThat(Stack.state(false, true, true, List.of())).isEqualTo("UP");
    assertThat(Stack.state(false, true, true, List.of("connector failed"))).isEqualTo("DEGRADED");
  }
}
