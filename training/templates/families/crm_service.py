"""CRM service and marketing modules (the `crm` family, continued): Salesforce Service Cloud cases and entitlements,
Marketing Cloud / HubSpot marketing sends, Dynamics 365 Customer Service, and the CRM integration's request logs.

Texts follow the products' documented vocabulary: case escalation rules, entitlement milestones ("Milestone
violated"), Marketing Cloud send statuses and bounce categories, HubSpot email suppression reasons, Dynamics 365
queue/routing errors, Salesforce Platform Events and Change Data Capture delivery.
"""

from training.templates.families._kit import DEP, ERR, HTTP, SN, UA, WF, maker

FAMILY = "crm"
t = maker("crm", sources="Salesforce crm-sync ModernCRM", prefixes="json iso spring py", logger="crm.service")

TEMPLATES = [
    t(
        WF,
        "case.escalation",
        "Case {ticket} escalation rule Tier2_Escalation failed: assigned user is inactive",
        "Entitlement milestone First Response violated for case {ticket}; escalation action could not run",
        "Case {ticket} could not be merged: master case is closed",
    ),
    t(
        WF,
        "case.routing",
        "Dynamics 365 case {uuid} not routed: no queue matches routing rule set 'Support EMEA'",
        "Work item for case {ticket} returned to queue: agent capacity exceeded",
        "Case {ticket} auto-response not sent: no email template for language {country}",
    ),
    t(
        WF,
        "marketing.send",
        "Marketing Cloud send job {num} to list {id} stopped: sender profile not verified",
        "Journey {uuid} entry for contact {num} failed: required attribute EmailAddress missing",
        "Email to contact {email} suppressed: hard bounce (5.1.1 user unknown)",
    ),
    t(
        WF,
        "campaign",
        "Campaign member {num} could not be added to campaign {id}: lead {lead} already converted",
        "Lead scoring for {lead} skipped: scoring model inactive",
        "Webinar registrant {email} not synced to campaign {id}: duplicate registration",
    ),
    t(
        WF,
        "cdc",
        "Change Data Capture event for Account {id} not processed: replay ID {num} expired",
        "Platform event Order_Placed__e for order {order} not delivered to subscriber: subscriber suspended",
        "Outbound message for Opportunity {id} failed after 24h of retries; delivery abandoned",
    ),
    t(
        WF,
        "forecast",
        "Forecast rollup for {company} failed: opportunity {id} has no close date",
        "Commission calculation for rep {user} stopped: quota not defined for period {date}",
        "Contract renewal quote for account {acct} not generated: product {sku} retired",
    ),
    t(
        SN,
        "service.routine",
        "Case {ticket} created via Web-to-Case",
        "Case {ticket} closed by {name}",
        "Milestone First Response completed for case {ticket}",
    ),
    t(
        SN,
        "marketing.routine",
        "Marketing Cloud send job {num} completed: {num2} sent, {n} bounced",
        "Campaign {id} activated by {user}",
        "Journey {uuid} published (version {small})",
    ),
    t(
        UA,
        "service.agents",
        "Agent {user} went online in Omni-Channel",
        "Agent {user} logged out of the service console",
        "Agent {user} changed presence status to Away",
    ),
    t(
        UA,
        "crm.admin",
        "User {email} created in Dynamics 365 by {email2}",
        "User {email} disabled in Dynamics 365",
        "User {email} assigned security role Salesperson",
        sources="Dynamics365",
    ),
    t(
        UA,
        "portal.users",
        "Customer portal user {email} registered",
        "Customer portal user {email} logged in",
        "Customer portal user {email} deleted their account",
    ),
    t(
        ERR,
        "crm.cdc_stream",
        "CometD subscription to /data/ChangeEvents dropped: 403::Unknown client; reconnecting",
        "Pub/Sub API stream for /event/Order_Placed__e closed: UNAVAILABLE; resubscribing from replay ID {num}",
    ),
    t(
        DEP,
        "crm.dep_more",
        "Salesforce Classic Email Templates are deprecated for Lightning; template {id} should be converted",
        "Marketing Cloud SOAP API legacy authentication (username/password) is deprecated; use installed packages with"
        " OAuth 2.0",
    ),
    t(
        DEP,
        "crm.dep_api",
        "Legacy Streaming API (PushTopic) is deprecated; migrate topic {id} to Change Data Capture or Platform Events",
        "Dynamics 365 Email Router is deprecated; use server-side synchronization",
        sources="Salesforce Dynamics365",
    ),
    t(
        HTTP,
        "service.portal_access",
        '{ip} - - [{clf}] "GET /support/cases/{ticket} HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /support/cases HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "sf.composite",
        "POST /services/data/v59.0/composite/sobjects {status} {ms}ms",
        "POST /services/data/v59.0/composite/batch {status} {ms}ms",
    ),
    t(
        HTTP,
        "mc.api",
        "POST https://{hex8}.rest.marketingcloudapis.com/messaging/v1/email/messages -> {status} ({ms} ms)",
        "POST https://{hex8}.auth.marketingcloudapis.com/v2/token -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "crm.gateway",
        '{{"method":"{method}","path":"/api/v1/cases/{ticket}","status":{status},"duration_ms":{ms},"agent":"{user}"}}',
        '{{"method":"GET","path":"/api/v1/accounts/{acct}/contacts","status":{status},"duration_ms":{ms}}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "crm.nginx",
        '{ip} - - [{clf}] "GET /crm/dashboard HTTP/2.0" {status} {size} "https://{domain}/" {ua} {sec}',
        '{ip} - - [{clf}] "POST /crm/api/search HTTP/2.0" {status} {size} "https://{domain}/crm" {ua} {sec}',
        prefixes="none",
    ),
]
