package io.shoporders.payment.gateway.sandbox;

/**
 * How the sandbox answers for one test payment method.
 *
 * @param declineCode null when the card authorizes, else the code the decline carries
 * @param message the explanation for operators
 */
record SandboxCard(String declineCode, String message) {

  static SandboxCard approving(String brand) {
    return new SandboxCard(null, "test " + brand + " card: approved");
  }

  static SandboxCard declining(String code, String message) {
    return new SandboxCard(code, message);
  }

  boolean approves() {
    return declineCode == null;
  }
}
