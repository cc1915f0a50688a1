"""Payment processors and wallets (the `payment` family, continued): Braintree, Checkout.com and Mollie-style
processor responses, payment-link and marketplace-payout flows, and the merchant account's users.

Processor response codes and statuses follow the processors' public docs: Braintree processor response codes
("2001 Insufficient Funds", "2046 Declined", gateway rejection reasons cvv/avs/fraud), Checkout.com response codes
(20051 Insufficient Funds, 20005 Declined - Do Not Honour) and webhook types (payment_declined,
payment_capture_declined),
Mollie payment statuses (failed, expired, canceled).
"""

from training.templates.families._kit import CRIT, DEP, HTTP, SN, UA, WF, maker

FAMILY = "payment"
t = maker(
    "payment", sources="payment-svc Braintree Checkout.com Mollie", prefixes="json iso py pino", logger="payments.psp"
)

TEMPLATES = [
    t(
        WF,
        "braintree.declined",
        "Braintree transaction {hex8} for order {order} processor_declined: 2001 Insufficient Funds",
        "Braintree transaction {hex8} gateway_rejected: cvv (order {order})",
        "Braintree transaction {hex8} for order {order} processor_declined: 2046 Declined",
        sources="payment-svc Braintree",
    ),
    t(
        WF,
        "cko.declined",
        "Checkout.com webhook payment_declined for pay_{hex24}: 20051 Insufficient Funds (order {order})",
        "Checkout.com webhook payment_capture_declined for pay_{hex24}: 20005 Declined - Do Not Honour",
        sources="payment-svc Checkout.com",
    ),
    t(
        WF,
        "mollie.failed",
        "Mollie payment tr_{hex8} for order {order} is failed",
        "Mollie payment tr_{hex8} for order {order} expired before completion; order released",
        "Mollie refund for tr_{hex8} failed: refund amount exceeds the remaining balance",
        sources="payment-svc Mollie",
    ),
    t(
        WF,
        "marketplace",
        "Split payment for order {order} failed: seller account acct_{hex16} not yet verified",
        "Marketplace payout to seller {acct} held: KYC document expired",
        "Payment link plink_{hex24} for invoice {invoice} expired unpaid",
    ),
    t(
        SN,
        "psp.routine",
        "Braintree transaction {hex8} settled: {amount} {cur}",
        "Checkout.com webhook payment_captured for pay_{hex24} (order {order})",
        "Mollie payment tr_{hex8} for order {order} is paid",
    ),
    t(
        SN,
        "psp.settlement",
        "Daily settlement report {date} downloaded from Braintree: {num} transactions",
        "Payout of {amount} {cur} from Checkout.com scheduled for {date}",
    ),
    t(
        UA,
        "merchant_users",
        "Merchant user {email} logged in to the control panel from {ip}",
        "Merchant user {email} logged out",
        "Merchant user {email} enabled two-factor authentication",
    ),
    t(
        UA,
        "merchant_admin",
        "User {email} removed from merchant account {company}",
        "User {email} changed the account's notification e-mail",
    ),
    t(
        UA,
        "shopper_account",
        "Shopper {user_id} created an account during checkout",
        "Shopper {user_id} deleted stored payment details",
        "Shopper {user_id} changed billing address",
    ),
    t(
        UA,
        "payout_settings",
        "Merchant {email} updated payout bank account",
        "Merchant {email} changed payout schedule to weekly",
    ),
    t(
        CRIT,
        "psp_outage",
        "All Braintree requests failing with 503 for {n} minutes; card payments disabled for every storefront",
        "Payment router crashed on startup: routing table /etc/payments/routes.yaml is invalid",
        sev="crit",
    ),
    t(
        DEP,
        "psp.dep",
        "Braintree GraphQL API: field 'legacyId' usage on Transaction is deprecated",
        "Checkout.com Classic API is deprecated; migrate to the Unified Payments API",
        "Mollie Orders API is deprecated for new integrations; use the Payments API with line items",
    ),
    t(
        HTTP,
        "psp.outbound",
        "POST https://api.braintreegateway.com/merchants/{hex16}/transactions -> {status} ({ms} ms)",
        "POST https://api.checkout.com/payments -> {status} ({ms} ms)",
        "POST https://api.mollie.com/v2/payments -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "psp.webhooks",
        '{ip} - - [{clf}] "POST /webhooks/braintree HTTP/1.1" {status} {size} "-" "Braintree/1.0"',
        '{ip} - - [{clf}] "POST /webhooks/checkout HTTP/1.1" {status} {size} "-" "Checkout.com-Webhooks"',
        '{ip} - - [{clf}] "POST /webhooks/mollie HTTP/1.1" {status} {size} "-" "Mollie.nl HTTP client/1.0"',
        prefixes="none",
    ),
    t(
        HTTP,
        "paylink_access",
        '{ip} - - [{clf}] "GET /pay/{hex16} HTTP/2.0" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /pay/{hex16}/submit HTTP/2.0" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "payment_grpc_gateway",
        '{{"level":"info","msg":"request","method":"POST","path":"/v1/charges","status":{status},"latency_ms":{ms}}}',
        '{{"level":"info","msg":"request","method":"GET","path":"/v1/charges/{hex8}","status":{status},'
        '"latency_ms":{ms}}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "payouts_api",
        '{ip} - - [{clf}] "POST /api/v1/payouts HTTP/1.1" {status} {size} {ms}ms',
        '{ip} - - [{clf}] "GET /api/v1/payouts/{hex8} HTTP/1.1" {status} {size} {ms}ms',
        prefixes="none",
    ),
]
