"""Payment service / gateway applications that sit on Stripe-, Adyen- or PayPal-style processors: webhook
handlers, charge and refund workers, payout and dispute processing, fraud screening, the gateway's access log.

Event names, decline codes and messages follow the processors' public API references: Stripe event types
(payment_intent.payment_failed, charge.dispute.created, payout.failed, invoice.payment_failed), decline codes
and their customer-facing texts ("Your card has insufficient funds."), the stripe-python/stripe-node webhook
SignatureVerificationError text ("No signatures found matching the expected signature for payload"), the
idempotency and rate-limit error texts, the `stripe listen` CLI output; Adyen notification eventCodes
(AUTHORISATION, CAPTURE_FAILED, REFUND_FAILED, CHARGEBACK, NOTIFICATION_OF_FRAUD) and refusal reasons;
PayPal IPN/webhook verification; 3-D Secure (authentication_required) outcomes.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, WF, maker, pick
from training.values import register

register(
    {
        "pay_pi": lambda r: (
            "pi_3" + "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", k=21))
        ),
        "pay_ch": lambda r: (
            "ch_3" + "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", k=21))
        ),
        "pay_evt": lambda r: (
            "evt_1" + "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", k=23))
        ),
        "pay_cus": lambda r: (
            "cus_" + "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789", k=14))
        ),
        "pay_psp": lambda r: "".join(r.choices("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", k=16)),
        "pay_decline": pick(
            "card_declined (generic_decline): Your card was declined.",
            "card_declined (insufficient_funds): Your card has insufficient funds.",
            "expired_card: Your card has expired.",
            "incorrect_cvc: Your card's security code is incorrect.",
            "card_declined (do_not_honor): Your card was declined.",
            "processing_error: An error occurred while processing your card. Try again in a little bit.",
            "card_declined (card_velocity_exceeded): Your card was declined for making repeated attempts too frequently"
            " or exceeding its amount limit.",
        ),
        "pay_refusal": pick(
            "Refused",
            "Not enough balance",
            "CVC Declined",
            "Expired Card",
            "Acquirer Error",
            "Issuer Unavailable",
            "Declined Non Generic",
            "3D Not Authenticated",
        ),
    }
)

FAMILY = "payment"
t = maker("payment", sources="payment-svc Stripe", prefixes="json iso py spring pino", logger="payments.webhooks")

TEMPLATES = [
    t(
        SN,
        "webhook_received",
        "Received Stripe event {pay_evt} type=payment_intent.succeeded for {pay_pi}",
        "Webhook {pay_evt} (charge.succeeded) processed in {ms} ms",
        "Adyen notification AUTHORISATION pspReference={pay_psp} merchantReference={order} success=true",
        "Stripe event {pay_evt} already processed, skipping duplicate delivery",
    ),
    t(
        SN,
        "capture_refund",
        "Captured {amount} {cur} on {pay_pi} for order {order}",
        "Refund re_{hex24} of {amount} {cur} for {pay_ch} succeeded",
        "Adyen notification REFUND pspReference={pay_psp} success=true amount={amount} {cur}",
        "Payment intent {pay_pi} created: amount={num} currency={cur} customer={pay_cus}",
    ),
    t(
        SN,
        "payout_settlement",
        "Payout po_{hex24} of {amount} {cur} paid to bank account ba_{hex16}",
        "Settlement batch {n} for merchant account {company} closed: {num} transactions",
        "Adyen notification REPORT_AVAILABLE: settlement_detail_report_batch_{n}.csv",
        "Reconciliation of {date} finished: {num} charges matched, 0 unmatched",
    ),
    t(
        SN,
        "stripe_cli",
        "{ts}   --> payment_intent.succeeded [{pay_evt}]",
        "{ts}   --> charge.refunded [{pay_evt}]",
        "Ready! You are using Stripe API Version [2023-10-16]. Your webhook signing secret is whsec_**** (^C to quit)",
        prefixes="none",
        sources="stripe-cli",
    ),
    t(
        WF,
        "intent_failed",
        "payment_intent.payment_failed for {pay_pi} (order {order}): {pay_decline}",
        "Charge {pay_ch} failed for order {order}: {pay_decline}",
        "Payment for order {order} of {amount} {cur} could not be completed: {pay_decline}",
    ),
    t(
        WF,
        "adyen_refused",
        "Adyen notification AUTHORISATION pspReference={pay_psp} merchantReference={order} success=false"
        " reason={pay_refusal}",
        "Authorisation refused for merchantReference {order}: refusalReason={pay_refusal} resultCode=Refused",
        "Payment session for order {order} ended with resultCode=Refused ({pay_refusal})",
    ),
    t(
        WF,
        "capture_failed",
        "Adyen notification CAPTURE_FAILED pspReference={pay_psp} merchantReference={order}",
        "Capture of {pay_pi} for order {order} failed: charge_expired_for_capture: The charge has expired and cannot be"
        " captured",
        "Could not capture authorisation {pay_psp}: authorisation expired before shipment of order {order}",
    ),
    t(
        WF,
        "refund_failed",
        "Refund re_{hex24} for {pay_ch} failed: charge_already_refunded",
        "Adyen notification REFUND_FAILED pspReference={pay_psp} merchantReference={order} reason=Insufficient"
        " balance on"
        " payment",
        "Refund for order {order} not issued: refund amount {amount} {cur} exceeds the captured amount",
    ),
    t(
        WF,
        "dispute",
        "charge.dispute.created for {pay_ch}: reason=fraudulent amount={amount} {cur}; evidence due by {date}",
        "Adyen notification CHARGEBACK pspReference={pay_psp} merchantReference={order} reason=Goods/Services Not"
        " Provided",
        "Dispute dp_{hex24} lost: evidence for order {order} was not accepted by the issuer",
    ),
    t(
        WF,
        "payout_failed",
        "Payout po_{hex24} failed: account_closed: The bank account has been closed",
        "payout.failed for po_{hex24}: insufficient_funds: Your Stripe balance is insufficient to cover the payout",
        "Transfer tr_{hex24} to connected account acct_{hex16} reversed: destination account restricted",
    ),
    t(
        WF,
        "sca_required",
        "Payment for order {order} requires action: authentication_required (3-D Secure); customer did not complete the"
        " challenge",
        "payment_intent.requires_action for {pay_pi} expired after 24h: order {order} cancelled",
        "3DS authentication failed for order {order}: transStatus=N (not authenticated)",
    ),
    t(
        WF,
        "subscription_charge",
        "invoice.payment_failed for in_{hex24} (customer {pay_cus}): {pay_decline}",
        "Recurring payment for subscription sub_{hex24} failed: {pay_decline}",
        "Card on file for customer {pay_cus} expired; renewal charge for order {order} not attempted",
    ),
    t(
        WF,
        "idempotency",
        "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a"
        " key other than '{uuid}' if you meant to execute a different request.",
        "Order {order}: payment not created, idempotency key {uuid} reused with a different amount",
    ),
    t(
        WF,
        "order_mismatch",
        "Webhook {pay_evt} for {pay_pi} refers to unknown order {order}; payment cannot be matched",
        "Amount mismatch for order {order}: charged {amount} {cur}, expected {amount2} {cur}; order left unpaid",
        "Payment {pay_pi} succeeded but order {order} is already cancelled; automatic refund required",
    ),
    t(
        WF,
        "paypal",
        "PayPal order {hex16} capture failed: INSTRUMENT_DECLINED: The instrument presented was either declined by the"
        " processor or bank, or it can't be used for this payment.",
        "PayPal PAYMENT.CAPTURE.DENIED for order {order}",
        "PayPal order {hex16} for order {order} could not be captured: ORDER_NOT_APPROVED",
        sources="payment-svc PayPal",
    ),
    t(
        WF,
        "wallet",
        "Apple Pay payment for order {order} failed: merchant validation session expired",
        "Google Pay token for order {order} rejected: card network not supported by merchant account",
        "SEPA Direct Debit for mandate {hex16} returned: reason MD06 (disputed authorised transaction), order {order}",
    ),
    t(
        WF,
        "reconciliation",
        "Reconciliation of {date}: {n} charges in Stripe have no matching order; settlement report not booked",
        "Settlement report {date} could not be imported: currency {cur} not configured for merchant account {company}",
        "Fee import for payout po_{hex24} stopped: ledger account for fees missing",
    ),
    t(
        ERR,
        "processor_unreachable",
        "Request to https://api.stripe.com/v1/payment_intents failed: connection timed out after 30000 ms (attempt"
        " {small} of 3)",
        "APIConnectionError: Could not connect to Stripe (https://api.stripe.com). Please check your internet"
        " connection"
        " and try again.",
        "Adyen API call /payments failed: 500 Internal Server Error (pspReference {pay_psp}); will retry",
    ),
    t(
        ERR,
        "webhook_handler",
        "Webhook handler for {pay_evt} raised an exception; Stripe will retry delivery",
        "Failed to process Adyen notification batch: database deadlock, {n} items requeued",
        "Worker payments-settlement crashed while processing batch {n}: KeyError 'balance_transaction'",
    ),
    t(
        ERR,
        "queue",
        "Could not publish payment.captured for order {order} to {queue}: broker unavailable",
        "Retry {small}/5 for ledger posting of {pay_ch} failed: timeout after {ms} ms",
    ),
    t(
        SEC,
        "signature_invalid",
        "Webhook signature verification failed: No signatures found matching the expected signature for payload",
        "Webhook rejected: Timestamp outside the tolerance zone ({n}s) from {pip}",
        "Adyen notification with invalid HMAC signature from {pip} rejected",
        "PayPal webhook verification returned FAILURE for transmission {uuid} from {pip}",
    ),
    t(
        SEC,
        "fraud_block",
        "Payment {pay_pi} blocked by Radar rule: Block if :risk_level: = 'highest'",
        "Adyen notification NOTIFICATION_OF_FRAUD pspReference={pay_psp} merchantReference={order}",
        "Charge {pay_ch} blocked: card_declined (fraudulent)",
        "early_fraud_warning created for {pay_ch}: fraud_type=unauthorized_use_of_card",
    ),
    t(
        SEC,
        "card_testing",
        "Card testing suspected: {n} failed authorisations from {pip} in 60 s; IP blocked",
        "Velocity rule triggered for customer {pay_cus}: {n} distinct cards in 10 minutes",
        "Rejected API call with revoked secret key sk_live_****{hex4} from {pip}",
    ),
    t(
        SEC,
        "api_key",
        "Invalid API Key provided: sk_live_****{hex4}",
        "Expired API Key provided: rk_live_****{hex4}. Platform access may have been revoked.",
        "The provided key 'rk_live_****{hex4}' does not have the required permissions for this endpoint on account"
        " 'acct_{hex16}'.",
    ),
    t(
        UA,
        "customer_account",
        "Customer {pay_cus} created for user {email}",
        "Customer {pay_cus} updated default payment method to pm_{hex24}",
        "Customer {pay_cus} deleted at the request of user {user_id}",
    ),
    t(
        UA,
        "dashboard_login",
        "Dashboard login: user {email} signed in from {ip} (2FA: totp)",
        "User {email} signed out of the payments dashboard",
        "Team member {email} invited by {email2} with role Developer",
        "User {email} changed their password",
        sources="payment-svc Stripe Adyen",
    ),
    t(
        UA,
        "wallet_saved",
        "User {user_id} saved a new card ending {small}{small}{small}{small} to their wallet",
        "User {user_id} removed card pm_{hex24} from their account",
        "User {user_id} enabled one-click checkout",
    ),
    t(
        RES,
        "rate_limit",
        "Too many requests hit the API too quickly. We recommend an exponential backoff of your requests. (429,"
        " rate_limit)",
        "Stripe rate limit: {n} requests in the last second, limit 100 (live mode)",
        "Adyen API quota: {pct}% of the daily payout limit used for account {company}",
    ),
    t(
        RES,
        "worker_pool",
        "payment worker pool saturated: {n}/{n} workers busy, {num} webhooks queued",
        "Webhook queue depth {num} exceeds 5000; processing lag {secs}s",
    ),
    t(
        CRIT,
        "service_down",
        "payment-svc cannot start: STRIPE_SECRET_KEY is not set",
        "Payment gateway unavailable: all processors unreachable, checkout disabled",
        "Ledger database is read-only (disk full); all captures halted",
        sev="crit",
    ),
    t(
        CRIT,
        "hsm",
        "HSM connection lost: cannot decrypt card vault keys, tokenization service stopped",
        "Tokenization service crashed: segmentation fault in libpkcs11; no card payments can be processed",
        sev="crit",
    ),
    t(
        DEP,
        "api_version",
        "Stripe API version 2019-12-03 is deprecated for this account; upgrade to 2023-10-16",
        "The Charges API is a legacy API; use PaymentIntents for new integrations (request to POST /v1/charges)",
        "The Sources API is deprecated; migrate {pay_cus} payment methods to PaymentMethods",
    ),
    t(
        DEP,
        "adyen_version",
        "Adyen Checkout API v{49|52|64} is deprecated and will be removed; migrate to v71",
        "Adyen Classic API (/pal/servlet/Payment/v40/authorise) is deprecated; use Checkout API /payments",
        "The 'additionalData.card.encrypted.json' field is deprecated; send encryptedCardNumber instead",
    ),
    t(
        DEP,
        "sdk",
        "DeprecationWarning: stripe.Charge.create is deprecated; use stripe.PaymentIntent.create",
        "[stripe-node] Passing the API version via the 'Stripe-Version' header on every request is deprecated; set"
        " apiVersion on the client",
        "PayPal NVP/SOAP API (DoDirectPayment) is deprecated; use the Orders v2 REST API",
        prefixes="none py pino",
    ),
    t(
        HTTP,
        "webhook_access",
        '{ip} - - [{clf}] "POST /webhooks/stripe HTTP/1.1" {status} {size} "-" "Stripe/1.0 (+https://stripe.com/docs/'
        'webhooks)"',
        '{ip} - - [{clf}] "POST /webhooks/adyen HTTP/1.1" {status} {size} "-" "Adyen HttpClient 1.0"',
        '{ip} - - [{clf}] "POST /webhooks/paypal HTTP/1.1" {status} {size} "-" "PayPal/AUHD-214.0-58393523"',
        prefixes="none",
    ),
    t(
        HTTP,
        "stripe_listen",
        "{ts}  <--  [{status}] POST http://localhost:4242/webhook [{pay_evt}]",
        "{ts}  <--  [{status}] POST http://localhost:8000/api/payments/webhook [{pay_evt}]",
        prefixes="none",
        sources="stripe-cli",
    ),
    t(
        HTTP,
        "gateway_access",
        '{ip} - - [{clf}] "POST /api/v1/payments HTTP/1.1" {status} {size} {ms}ms',
        '{ip} - - [{clf}] "POST /api/v1/payments/{hex8}/capture HTTP/1.1" {status} {size} {ms}ms',
        '{ip} - - [{clf}] "POST /api/v1/payments/{hex8}/refund HTTP/1.1" {status} {size} {ms}ms',
        '{ip} - - [{clf}] "GET /api/v1/payments/{hex8} HTTP/1.1" {status} {size} {ms}ms',
        prefixes="none",
    ),
    t(
        HTTP,
        "checkout_access",
        '{ip} - - [{clf}] "GET /checkout/{uuid} HTTP/2.0" {status} {size} "https://{domain}/cart" {ua}',
        '{ip} - - [{clf}] "POST /checkout/{uuid}/confirm HTTP/2.0" {status} {size} "https://{domain}/checkout" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "processor_call",
        "POST https://api.stripe.com/v1/payment_intents -> {status} ({ms} ms, Request-Id req_{hex12})",
        "POST https://checkout-test.adyen.com/v71/payments -> {status} ({ms} ms, pspReference {pay_psp})",
        "POST https://api-m.paypal.com/v2/checkout/orders/{hex16}/capture -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "request_log",
        '{{"method":"POST","path":"/v1/refunds","status":{status},"duration_ms":{ms},"request_id":"req_{hex12}",'
        '"idempotency_key":"{uuid}"}}',
        '{{"method":"{method}","path":"/api/v1/payments","status":{status},"latency_ms":{ms},"client_ip":"{ip}"}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "envoy_pay",
        '[{ts}] "POST /payments.v1.PaymentService/Authorize HTTP/2" {status} - via_upstream - "-" {size} {size} {ms}'
        " {ms}"
        ' "{ip}" "grpc-go/1.62.1" "{uuid}" "payment-svc:9090" "{ip2}:9090"',
        '[{ts}] "POST /api/v1/payments HTTP/1.1" {status} - via_upstream - "-" {size} {size} {ms} {ms} "{ip}" {ua}'
        ' "{uuid}" "payment-svc" "{ip2}:8080"',
        prefixes="none",
        sources="payment-svc envoy",
    ),
]
