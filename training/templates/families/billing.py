"""Billing, invoicing, subscription and ERP applications: Chargebee/Recurly/Zuora-style subscription billing,
Stripe Billing webhooks, tax engines (Avalara), and the finance postings into SAP and NetSuite.

Texts follow the products' documented vocabulary: subscription and invoice statuses (past_due, dunning,
payment_due), Stripe Billing event types (invoice.payment_failed, invoice.finalization_failed,
customer.subscription.deleted), Zuora bill runs and payment runs, Avalara error codes (AddressRangeError,
GetTaxError), SAP FI messages ("Posting period 012 2024 is not open", "Balance in transaction currency"),
NetSuite error codes (INVALID_KEY_OR_REF, USER_ERROR), Recurly's API v2 sunset and NetSuite's SuiteTalk
endpoint retirement.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, WF, maker, pick
from training.values import register

register(
    {
        "bill_sub": lambda r: "sub_" + "".join(r.choices("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", k=14)),
        "bill_run": lambda r: f"BR-{r.randrange(1, 99999):08d}",
        "bill_reason": pick(
            "card_declined",
            "insufficient_funds",
            "expired_card",
            "no payment method on file",
            "bank account closed",
            "authentication_required",
        ),
    }
)

FAMILY = "billing"
t = maker(
    "billing", sources="BillingSystem Chargebee Recurly", prefixes="json iso spring py", logger="billing.invoices"
)
ERP = "SAP NetSuite ERPConnector"

TEMPLATES = [
    t(
        WF,
        "invoice.payment_failed",
        "invoice.payment_failed for {invoice} (subscription {bill_sub}): {bill_reason}",
        "Payment collection for invoice {invoice} failed: {bill_reason}; invoice marked payment_due",
        "Invoice {invoice} for {company} could not be paid: {bill_reason}",
    ),
    t(
        WF,
        "invoice.finalize",
        "invoice.finalization_failed for {invoice}: customer tax location is invalid",
        "Invoice {invoice} could not be finalized: customer {acct} has no default payment method",
        "Invoice run for order {order} stopped: tax module invalid",
    ),
    t(
        WF,
        "subscription.renewal",
        "Subscription {bill_sub} renewal failed: {bill_reason}",
        "Subscription {bill_sub} moved to past_due after failed renewal charge of {amount} {cur}",
        "customer.subscription.deleted for {bill_sub}: cancelled after all payment retries failed",
    ),
    t(
        WF,
        "dunning",
        "Dunning: retry {small} of 4 failed for invoice {invoice} ({bill_reason})",
        "Dunning schedule exhausted for invoice {invoice}; account {acct} suspended",
        "Dunning email for invoice {invoice} not sent: billing contact missing",
    ),
    t(
        WF,
        "tax",
        "Tax calculation failed for invoice {invoice}: Avalara error AddressRangeError: The address number is out of"
        " range",
        "Avalara GetTaxError for document {invoice}: JurisdictionNotFoundError",
        "VAT number {country}{num} for customer {acct} failed VIES validation; invoice {invoice} held",
    ),
    t(
        WF,
        "credit_note",
        "Credit note CN-{num} could not be applied: invoice {invoice} already paid",
        "Refund credit note for invoice {invoice} rejected: amount {amount} {cur} exceeds invoice total",
        "Proration for subscription {bill_sub} could not be computed: plan change date before period start",
    ),
    t(
        WF,
        "usage",
        "Usage record for subscription item si_{hex12} rejected: subscription is canceled",
        "Metered usage import line {n} rejected: unknown meter 'api_calls_v2'",
        "Usage charges for account {acct} not rated: price plan {sku} has no tier for {num} units",
    ),
    t(
        WF,
        "zuora.runs",
        "Bill run {bill_run} completed with {n} errors: 'Account has no bill-to contact'",
        "Payment run PR-{num} finished: {n} payments failed (gateway declined)",
        "Bill run {bill_run} skipped account {acct}: invoice template not found",
        sources="BillingSystem Zuora",
    ),
    t(
        WF,
        "sap.posting",
        "Posting period 0{small}{small} {2024|2025} is not open (document {invoice}, company code {1000|2000|DE01})",
        "Document {invoice} could not be posted: Balance in transaction currency",
        "Customer {acct} credit limit exceeded by {amount} {cur}; sales order {order} blocked for delivery",
        sources=ERP,
    ),
    t(
        WF,
        "netsuite",
        "NetSuite add invoice failed: INVALID_KEY_OR_REF: Invalid account reference key {num} for subsidiary {small}",
        "NetSuite customer payment for {invoice} rejected: USER_ERROR: You cannot apply a payment to a closed period",
        "NetSuite sales order {order} could not be billed: Item {sku} is not available for subsidiary {small}",
        sources=ERP,
    ),
    t(
        WF,
        "billing.order",
        "Order {order} could not be invoiced: billing address incomplete",
        "Quote {id} conversion to subscription failed: price book entry for {sku} expired",
        "Purchase order {order} for {company} failed three-way match: received quantity differs from invoice",
    ),
    t(
        WF,
        "billing.export",
        "Revenue recognition schedule for invoice {invoice} not created: missing service period",
        "GL export for {date} failed: account mapping for product {sku} not found",
        "Invoice {invoice} e-invoicing submission rejected by the tax portal: invalid buyer tax ID",
    ),
    t(
        SN,
        "billing.routine",
        "Bill run {bill_run} completed: {num} invoices generated",
        "Invoice {invoice} sent to {email}",
        "Subscription {bill_sub} renewed for {amount} {cur}",
        "Payment of {amount} {cur} applied to invoice {invoice}",
    ),
    t(
        SN,
        "billing.webhooks",
        "invoice.paid for {invoice} ({amount} {cur})",
        "customer.subscription.updated for {bill_sub}: plan changed to {sku}",
        "Webhook subscription_renewed for {bill_sub} processed",
    ),
    t(
        UA,
        "portal",
        "Portal user {email} logged in",
        "Portal user {email} logged out",
        "Customer {acct} updated billing address",
        "Customer {acct} changed payment method",
    ),
    t(
        UA,
        "accounts",
        "Customer account {acct} created by {user}",
        "Customer account {acct} closed at customer request",
    ),
    t(
        SEC,
        "billing.sec",
        "Portal login failed for {email} from {pip}: invalid password",
        "Refund of {amount} {cur} by {user} blocked: exceeds approval limit and outside business hours",
        "Chargebee webhook with invalid basic-auth credentials from {pip} rejected",
    ),
    t(
        ERR,
        "billing.errors",
        "PDF rendering of invoice {invoice} failed: template engine timeout after {ms} ms",
        "Email delivery for invoice {invoice} failed: SMTP 451 4.3.0 temporary failure",
        "Sync of invoice {invoice} to ERP failed: connection reset by peer",
    ),
    t(
        CRIT,
        "billing.down",
        "Billing engine halted: ledger database unavailable, no invoices can be issued",
        "invoice-worker cannot start: currency exchange rate table missing for {date}",
        sev="crit",
    ),
    t(
        RES,
        "billing.limits",
        "Chargebee API rate limit reached: 150 requests per minute (site {company})",
        "Recurly API: rate limit {num} requests remaining of 2000 for this 5-minute window",
        "Invoice archive at {pcthi}% of {gb} GB storage quota",
    ),
    t(
        DEP,
        "billing.api",
        "Recurly API v2 is deprecated and will be sunset; migrate to API v2021-02-25",
        "Chargebee API v1 is deprecated; requests to /api/v1 should move to /api/v2",
        "Stripe Plans API is deprecated in favour of Prices; plan {sku} should be migrated",
    ),
    t(
        DEP,
        "erp.api",
        "NetSuite SuiteTalk SOAP endpoint 2019.1 is no longer supported; upgrade to 2023.2",
        "SAP RFC BAPI_ACC_DOCUMENT_POST is used via deprecated SOAP adapter; switch to the OData API",
        "Endpoint getCustomerDetails is deprecated, use v2",
        sources=ERP,
    ),
    t(
        HTTP,
        "billing.access",
        '{ip} - - [{clf}] "GET /api/v2/invoices/{invoice} HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /api/v2/subscriptions HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "GET /portal/invoices/{invoice}.pdf HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "billing.webhook_access",
        '{ip} - - [{clf}] "POST /webhooks/chargebee HTTP/1.1" {status} {size} "-" "ChargeBee"',
        '{ip} - - [{clf}] "POST /webhooks/recurly HTTP/1.1" {status} {size} "-" "Recurly Webhooks"',
        prefixes="none",
    ),
    t(
        HTTP,
        "billing.json_access",
        '{{"method":"{method}","path":"/api/v1/invoices","status":{status},"duration_ms":{ms},"tenant":"{company}"}}',
        '{{"method":"POST","path":"/api/v1/payments/{id}/apply","status":{status},"duration_ms":{ms}}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "billing.outbound",
        "POST https://{biz_tenant}.chargebee.com/api/v2/invoices/{invoice}/collect_payment -> {status} ({ms} ms)",
        "GET https://v3.recurly.com/accounts/code-{acct}/invoices -> {status} ({ms} ms)",
        "POST https://rest.zuora.com/v1/bill-runs -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "erp.outbound",
        "POST https://{hex8}.suitetalk.api.netsuite.com/services/rest/record/v1/invoice -> {status} ({ms} ms)",
        "POST https://{host}:44300/sap/opu/odata/sap/API_JOURNALENTRY_SRV -> {status} ({ms} ms)",
        sources=ERP,
    ),
]
