"""Billing and ERP applications (the `billing` family, continued): order-to-cash and procure-to-pay steps in
SAP S/4HANA, NetSuite and Microsoft Dynamics 365 Finance, plus the billing portal's own request log.

Texts follow the products' documented message vocabulary: SAP message classes V1/F5/M8 ("Posting period ... is not
open", "Enter a tax code", "Material ... is not maintained in plant"), SAP IDoc statuses (51 "Application document
not posted"), NetSuite record errors (UNEXPECTED_ERROR, INSUFFICIENT_PERMISSION), Dynamics 365 Finance voucher
errors ("The transactions on voucher ... do not balance"), EDI 810/850 acknowledgements.
"""

from training.templates.families._kit import DEP, HTTP, SN, UA, WF, maker

FAMILY = "billing"
t = maker("billing", sources="SAP NetSuite ERPConnector ModernERP", prefixes="json iso spring py", logger="erp.posting")

TEMPLATES = [
    t(
        WF,
        "sap.idoc",
        "IDoc {num} INVOIC02 status 51: Application document not posted (Enter a tax code in item 000{small}0)",
        "IDoc {num} ORDERS05 status 51: Material {sku} is not maintained in plant {1000|1100|DE01}",
        "IDoc {num} status 51: Customer {acct} is blocked for posting in company code {1000|2000}",
    ),
    t(
        WF,
        "sap.billing_doc",
        "Billing document for delivery {num} not created: Pricing error, mandatory condition MWST is missing",
        "Invoice verification for PO {order} failed: Quantity invoiced greater than goods receipt quantity",
        "Sales order {order} incomplete: payment terms missing; billing block set",
    ),
    t(
        WF,
        "dyn.voucher",
        "The transactions on voucher {invoice} do not balance as per {date}. (accounting currency: {amount} -"
        " reporting currency: {amount2})",
        "Posting of free text invoice {invoice} failed: Financial dimension CostCenter value {id} is suspended",
        "Vendor invoice {invoice} could not be posted: the invoice total differs from the PO total by {amount} {cur}",
        sources="Dynamics365Finance",
    ),
    t(
        WF,
        "netsuite.record",
        "NetSuite invoice {invoice} save failed: UNEXPECTED_ERROR while applying revenue arrangement",
        "NetSuite vendor bill for PO {order} rejected: Period {date} is closed for Accounts Payable",
        "NetSuite credit memo for {invoice} failed: You cannot apply more than the amount remaining",
    ),
    t(
        WF,
        "edi",
        "EDI 810 for invoice {invoice} rejected by trading partner {company}: AK5*R (transaction set rejected)",
        "EDI 850 purchase order {order} from {company} not imported: unknown ship-to location",
        "EDI 997 not received within 24h for invoice batch {n} sent to {company}",
    ),
    t(
        WF,
        "collections",
        "Payment run {date} skipped vendor {acct}: bank details not released (dual control)",
        "Direct debit collection for customer {acct} returned: AC04 account closed; invoice {invoice} reopened",
        "Cash application for remittance {hex8} failed: invoice {invoice} not found in open items",
    ),
    t(
        WF,
        "fx",
        "Foreign currency revaluation for {date} stopped: exchange rate {cur}/EUR missing",
        "Intercompany invoice {invoice} could not be mirrored to company {company}: partner profile missing",
        "Period-end close for {date} blocked: {n} unposted journals in Accounts Receivable",
    ),
    t(
        WF,
        "subscription_ops",
        "Plan change for subscription {id} rejected: downgrade not allowed during committed term",
        "Coupon {sku} could not be applied to invoice {invoice}: coupon expired",
        "Trial conversion for account {acct} failed: no payment method collected before trial end",
        sources="BillingSystem Chargebee Recurly",
    ),
    t(
        SN,
        "erp.routine",
        "IDoc {num} INVOIC02 status 53: Application document posted",
        "Payment run {date} completed: {num} payments, {amount} {cur}",
        "Period {date} closed for Accounts Receivable by {user}",
    ),
    t(
        SN,
        "erp.batch",
        "Dunning run {date} created {n} dunning notices",
        "Revenue recognition job for {date} posted {num} journal lines",
        "Exchange rates for {date} imported from ECB: {n} currencies",
    ),
    t(
        UA,
        "erp.users",
        "User {user} logged on to client 100",
        "User {user} logged off",
        "User master record {user} created by {user2}",
        "Password changed for user {user}",
    ),
    t(
        UA,
        "billing.customer_portal",
        "Customer {acct} downloaded invoice {invoice}",
        "Customer {acct} enabled auto-pay",
        "Customer {acct} updated company tax ID",
        sources="BillingSystem",
    ),
    t(
        UA,
        "netsuite.login",
        "NetSuite login: {email} role Accountant from {ip}",
        "NetSuite user {email} logged out",
        "Employee record {emp} given NetSuite access by {email}",
    ),
    t(
        UA,
        "billing.admin_users",
        "Billing admin {email} invited {email2} with role Finance Viewer",
        "User {email2} removed from billing workspace by {email}",
        sources="BillingSystem Chargebee",
    ),
    t(
        DEP,
        "erp.dep",
        "SAP Business Connector is deprecated; move IDoc processing for partner {company} to SAP Integration Suite",
        "NetSuite token-based authentication with HMAC-SHA1 is deprecated; switch the integration to HMAC-SHA256",
    ),
    t(
        DEP,
        "dyn.dep",
        "The Dynamics 365 Finance Data Import/Export Framework legacy entity {sku} is deprecated; use the V2 entity",
        "Recurring integrations API version 1 is deprecated for Dynamics 365 Finance; use the package API",
        sources="Dynamics365Finance",
    ),
    t(
        HTTP,
        "erp.access",
        '{ip} - - [{clf}] "POST /sap/opu/odata/sap/API_BILLING_DOCUMENT_SRV/A_BillingDocument HTTP/1.1" {status}'
        " {size}",
        "{ip} - - [{clf}] \"GET /sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder('{num}') HTTP/1.1\" {status}"
        " {size}",
        prefixes="none",
    ),
    t(
        HTTP,
        "netsuite.restlet",
        "POST /app/site/hosting/restlet.nl?script={n}&deploy=1 -> {status} ({ms} ms)",
        "GET https://{hex8}.suitetalk.api.netsuite.com/services/rest/record/v1/salesOrder/{num} -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "billing.api_json",
        '{{"method":"{method}","path":"/v1/subscriptions/{id}","status":{status},"duration_ms":{ms},'
        '"account":"{acct}"}}',
        '{{"method":"POST","path":"/v1/invoices/{invoice}/void","status":{status},"duration_ms":{ms}}}',
        prefixes="none",
        sources="BillingSystem",
    ),
    t(
        HTTP,
        "billing.portal_access",
        '{ip} - - [{clf}] "GET /billing/account/{acct}/usage HTTP/2.0" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /billing/account/{acct}/payment-method HTTP/2.0" {status} {size} "-" {ua}',
        prefixes="none",
        sources="BillingSystem",
    ),
    t(
        HTTP,
        "dyn.odata",
        "GET https://{biz_tenant}.operations.dynamics.com/data/CustomersV3?$top=100 {status} {ms}ms",
        "POST https://{biz_tenant}.operations.dynamics.com/data/SalesOrderHeadersV2 {status} {ms}ms",
        sources="Dynamics365Finance",
    ),
    t(
        UA,
        "billing.self_service",
        "Customer {acct} cancelled their subscription {id}",
        "Customer {acct} added user {email} to the billing account",
        "Customer {acct} switched to annual billing",
        sources="BillingSystem",
    ),
]
