package io.shoporders.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatTest {

  @Test
  void cpuTicksAreUserPlusSystemTime() {
    String stat =
        "4242 (java) S 1 4242 4242 0 -1 4194560 51234 0 12 0 1520 380 0 0 20 0 48 0 123456"
            + " 3000000000 90000 18446744073709551615 1 1 0 0 0 0 0 4096 17615 0 0 0 17 1 0 0";

    assertThat(ProcStat.cpuTicks(stat)).isEqualTo(1900);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String stat = "77 (my (odd) name) R 1 77 77 0 -1 0 0 0 0 0 11 22 0 0 20 0 1 0 5 0 0";

    assertThat(ProcStat.cpuTicks(stat)).isEqualTo(33);
  }

  @Test
  void pssIsReadFromTheRollupNotItsDirtyOrAnonymousParts() {
    List<String> rollup =
        List.of(
            "55a120800000-7ffce032c000 ---p 00000000 00:00 0    [rollup]",
            "Rss:               29284 kB",
            "Pss:               13304 kB",
            "Pss_Dirty:         10588 kB",
            "Pss_Anon:            243 kB");

    assertThat(ProcStat.pssKb(rollup)).isEqualTo(13304);
  }

  @Test
  void peakRssIsVmHwmInKilobytes() {
    List<String> status =
        List.of("Name:\tjava", "VmPeak:\t 4000000 kB", "VmHWM:\t  345678 kB", "VmRSS:\t 300000 kB");

    assertThat(ProcStat.peakRssKb(status)).isEqualTo(345678);
  }

  @Test
  void aKernelThreadWithoutMemoryHasNoPeak() {
    assertThat(ProcStat.peakRssKb(List.of("Name:\tkthreadd", "State:\tS (sleeping)"))).isZero();
  }
}
