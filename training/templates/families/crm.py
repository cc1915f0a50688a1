"""CRM applications and their integrations: Salesforce (Apex/Flow/DML errors, Bulk API, Login History, Setup
Audit Trail), HubSpot (CRM API v3 errors, workflows, rate limits) and Dynamics 365 (plug-in and Web API errors),
as an integration service or the platform's own debug/event log writes them.

Status codes and message texts follow the platforms' documentation: Salesforce StatusCode values
(FIELD_CUSTOM_VALIDATION_EXCEPTION, DUPLICATES_DETECTED, UNABLE_TO_LOCK_ROW, REQUIRED_FIELD_MISSING,
CANNOT_UPDATE_CONVERTED_LEAD, REQUEST_LIMIT_EXCEEDED), governor-limit exceptions ("System.LimitException: Too
many SOQL queries: 101", "Apex CPU time limit exceeded"), Flow fault emails ("An unhandled fault has occurred in
this flow"), Login History status values ("Invalid Password", "Success"), the Workflow Rules / Process Builder
retirement notice and API-version retirement notices; HubSpot error categories (CONTACT_EXISTS, VALIDATION_ERROR,
RATE_LIMITS "You have reached your secondly limit.") and the API-key sunset; Dynamics 365 error texts ("A record
with matching key values already exists.").
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, WF, maker, pick
from training.values import register

register(
    {
        "crm_sfid": lambda r: (
            r.choice(("00Q", "003", "001", "006", "500", "a0B"))
            + "".join(r.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", k=12))
        ),
        "crm_obj": pick("Lead", "Contact", "Account", "Opportunity", "Case", "Quote"),
        "crm_flow": pick(
            "Lead_Assignment_Flow",
            "Opportunity_Close_Won",
            "Case_Escalation",
            "Renewal_Reminder",
            "Account_Territory_Update",
        ),
    }
)

FAMILY = "crm"
t = maker("crm", sources="Salesforce crm-sync", prefixes="json iso spring py", logger="crm.sync")
HS = "HubSpot"
DY = "Dynamics365"

TEMPLATES = [
    t(
        WF,
        "sf.validation",
        "FIELD_CUSTOM_VALIDATION_EXCEPTION, Close Date cannot be in the past: [CloseDate] on Opportunity {crm_sfid}",
        "Update failed. First exception on row 0 with id {crm_sfid}; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION,"
        " Discount above 20% requires approval: [Discount__c]",
        "Insert failed. First exception on row {small}; first error: REQUIRED_FIELD_MISSING, Required fields are"
        " missing:"
        " [LastName]: [LastName]",
    ),
    t(
        WF,
        "sf.duplicates",
        "DUPLICATES_DETECTED, Use one of these records?: {crm_obj} {crm_sfid} matches an existing record",
        "Lead {lead} could not be created: DUPLICATE_VALUE, duplicate value found: Email__c duplicates value on record"
        " with id: {crm_sfid}",
    ),
    t(
        WF,
        "sf.lead_convert",
        "Lead conversion failed for {crm_sfid}: CANNOT_UPDATE_CONVERTED_LEAD, cannot reference converted lead",
        "Lead {lead} could not be converted: no contact details",
        "convertLead failed for {crm_sfid}: INVALID_STATUS, invalid convertedStatus: Qualified",
    ),
    t(
        WF,
        "sf.flow_fault",
        "An unhandled fault has occurred in this flow: {crm_flow} (element Update_Records): The flow tried to update"
        " these records: {crm_sfid}. This error occurred: UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this"
        " record.",
        "Flow {crm_flow} failed: The flow failed to access the value for $Record.Owner.Email because it hasn't been set"
        " or assigned.",
        'Error Occurred During Flow "{crm_flow}": FIELD_INTEGRITY_EXCEPTION, Owner ID: owner cannot be inactive user',
    ),
    t(
        WF,
        "sf.lock_row",
        "UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record or 1 records: {crm_sfid}",
        "Opportunity {crm_sfid} stage update failed: ENTITY_IS_LOCKED, the entity is locked for editing (pending"
        " approval)",
        "Case {crm_sfid} could not be closed: ENTITY_IS_DELETED, entity is deleted",
    ),
    t(
        WF,
        "sf.bulk_job",
        "Bulk API job 750{hex12} for {crm_obj} finished with {n} failed records of {num}: INVALID_CROSS_REFERENCE_KEY,"
        " invalid cross reference id",
        "Bulk API job 750{hex12} Failed: InvalidBatch : Field name not found : Region__c",
        "Batch 751{hex12} of job 750{hex12} failed: INVALID_FIELD_FOR_INSERT_UPDATE, Unable to create/update fields:"
        " OwnerId",
    ),
    t(
        WF,
        "sf.assignment",
        "Lead {lead} not assigned: no matching assignment rule entry and default queue inactive",
        "Escalation of ticket {ticket} failed: agent inactive",
        "Case {ticket} routing failed: Omni-Channel queue Support_Tier2 has no available agents with required skill",
    ),
    t(
        WF,
        "sf.approval",
        "Approval process Discount_Approval for Quote {crm_sfid} could not be submitted: NO_APPLICABLE_PROCESS, No"
        " applicable approval process was found.",
        "Quote {crm_sfid} could not be synced to Opportunity: the opportunity already has a synced quote",
        "Contract {crm_sfid} activation failed: Contract Start Date is required",
    ),
    t(
        WF,
        "hs.contact_exists",
        'HubSpot contact create failed: 409 CONFLICT {{"status":"error","message":"Contact already exists.'
        " Existing"
        ' ID: {num}","category":"CONFLICT"}}',
        "Contact {email} not imported: CONTACT_EXISTS",
        sources=HS,
    ),
    t(
        WF,
        "hs.validation",
        'HubSpot deal update failed: {{"status":"error","message":"Property values were not valid:'
        ' [{{\\"isValid\\":false,\\"message\\":\\"{amount} was not a valid'
        ' long.\\",\\"error\\":\\"INVALID_LONG\\",'
        '\\"name\\":\\"amount\\"}}]","category":"VALIDATION_ERROR"}}',
        "Deal {id} could not move to stage closedwon: required property 'contract_end_date' is missing",
        sources=HS,
    ),
    t(
        WF,
        "hs.workflow",
        "Contact {num} could not be enrolled in workflow {id}: enrollment criteria not met after re-evaluation",
        "Workflow {id} action 'Create ticket' failed for contact {num}: pipeline stage does not exist",
        "Marketing email {id} not sent to {email}: contact unsubscribed from all email",
        sources=HS,
    ),
    t(
        WF,
        "hs.sync",
        "Salesforce sync error for contact {num}: INVALID_EMAIL_ADDRESS: Email: invalid email address: {user}@",
        "HubSpot-Salesforce sync paused for {n} records: Salesforce field Lead.Industry is a restricted picklist",
        "Company {num} association to deal {id} failed: association type 'company_to_deal' not allowed",
        sources=HS,
    ),
    t(
        WF,
        "dy.plugin",
        "Plugin execution failed for Create of account: A record with matching key values already exists.",
        "Dynamics 365 opportunity {uuid} could not be closed as won: the price list is not active",
        "Quote {uuid} could not be activated: An error has occurred. Try this action again. If the problem continues,"
        " check the Microsoft Dynamics 365 Community for solutions (0x80040216)",
        sources=DY,
    ),
    t(
        WF,
        "dy.workflow",
        "Workflow 'Assign new cases' failed for incident {uuid}: Cannot assign owner: the user is disabled",
        "Business process flow stage 'Propose' could not be completed for opportunity {uuid}: Est. Revenue is required",
        sources=DY,
    ),
    t(
        WF,
        "crm.renewal",
        "Renewal opportunity for account {acct} not created: contract {id} has no end date",
        "Territory reassignment for account {acct} failed: no territory matches country {country}",
        "Customer {company} onboarding task creation failed: account manager not set",
    ),
    t(
        SN,
        "sf.jobs",
        "Bulk API job 750{hex12} for {crm_obj} JobComplete: {num} records processed, 0 failed",
        "Scheduled Apex job NightlyLeadScoring started (AsyncApexJob 707{hex12})",
        "Sync with Salesforce completed: {num} contacts updated, {n} created",
        "Lead {lead} assigned to queue {West_Sales|EMEA_Inbound|SMB_Team}",
    ),
    t(
        SN,
        "hs.sync_ok",
        "HubSpot import {id} finished: {num} rows, {num2} contacts created",
        "Workflow {id} enrolled {n} contacts",
        "Deal {id} moved to stage {appointmentscheduled|qualifiedtobuy|closedwon}",
        sources=HS,
    ),
    t(
        SN,
        "crm.routine",
        "Email-to-Case created case {ticket} from {email}",
        "Nightly data export for org 00D{hex12} completed: {n} files",
        "Opportunity {crm_sfid} closed won by {name}: {amount} {cur}",
    ),
    t(
        UA,
        "sf.login",
        "LoginHistory user={email} status=Success sourceIp={ip} loginType=Application application=Browser",
        "Login success for {email} via SAML SSO from {ip}",
        "User {email} logged out",
        sources="Salesforce",
    ),
    t(
        UA,
        "sf.audit_trail",
        "Setup Audit Trail: Created new user {name} ({email})",
        "Setup Audit Trail: Deactivated user {name}",
        "Setup Audit Trail: Changed email for user {name} from {email} to {email2}",
        "Setup Audit Trail: Reset password for {name}",
        sources="Salesforce",
    ),
    t(
        UA,
        "hs.user",
        "HubSpot user {email} logged in",
        "User {email} was added to the portal by {email2}",
        "User {email} was removed from the account",
        sources=HS,
    ),
    t(
        UA,
        "crm.profile",
        "User {user_id} updated their profile: phone, title",
        "User {user_id} enabled two-factor authentication",
        "User {user_id} changed their e-mail address",
    ),
    t(
        SEC,
        "sf.login_failed",
        "LoginHistory user={email} status=Invalid Password sourceIp={pip} loginType=Application",
        "LoginHistory user={email} status=Failed: Computer activation required sourceIp={pip}",
        "LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. ({email} from"
        " {pip})",
        sources="Salesforce",
    ),
    t(
        SEC,
        "crm.access",
        "API_DISABLED_FOR_ORG: API is not enabled for this Organization or Partner (user {email}, {pip})",
        "INSUFFICIENT_ACCESS_OR_READONLY: user {email} attempted to export all Contacts without Export Reports"
        " permission",
        "HubSpot private app token rejected: 401 Authentication credentials not found ({pip})",
    ),
    t(
        RES,
        "sf.governor",
        "System.LimitException: Too many SOQL queries: 101",
        "System.LimitException: Apex CPU time limit exceeded",
        "System.LimitException: Too many DML statements: 151",
        "REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded. ({num} of {num} API calls in 24h)",
    ),
    t(
        RES,
        "crm.limits",
        "HubSpot API: You have reached your secondly limit. (429, policyName=SECONDLY)",
        "HubSpot API: You have reached your daily limit. ({num} calls)",
        "Org 00D{hex12} data storage at {pcthi}% of {gb} GB",
        "Dynamics 365 service protection limit: Number of requests exceeded the limit of 6000 over time window of 300"
        " seconds.",
    ),
    t(
        ERR,
        "crm.integration",
        "Salesforce connection failed: INVALID_SESSION_ID: Session expired or invalid; refreshing token",
        "HubSpot API call POST /crm/v3/objects/contacts failed: 502 Bad Gateway; retrying in {small}s",
        "crm-sync worker: timeout after {ms} ms reading from {queue}",
    ),
    t(
        CRIT,
        "crm.down",
        "crm-sync cannot start: Salesforce connected app credentials missing (SF_CLIENT_ID not set)",
        "crm-sync worker crashed: java.lang.OutOfMemoryError: Java heap space; all sync jobs halted",
        "Salesforce org 00D{hex12} is in read-only mode for maintenance; all writes rejected",
        sev="crit",
    ),
    t(
        DEP,
        "sf.retirement",
        "Salesforce Platform API versions 21.0 through 30.0 are retired; request to /services/data/v{25|28|30}.0 must"
        " be"
        " upgraded",
        "Workflow Rules and Process Builder are being retired. Migrate process {crm_flow} to Flow Builder.",
        "API version {31|33|40}.0 is deprecated and will be retired; upgrade integration user {email}",
    ),
    t(
        DEP,
        "hs.sunset",
        "HubSpot API keys are deprecated and no longer accepted; use a private app access token",
        "The Contacts API v1 is deprecated; migrate to /crm/v3/objects/contacts",
        "HubSpot Workflows v3 API endpoint /automation/v3/workflows is deprecated",
        sources=HS,
    ),
    t(
        DEP,
        "dy.deprecated",
        "The Dynamics 365 Organization Service SOAP endpoint (2011/Organization.svc) is deprecated; use the Web API",
        "Legacy process-related attributes are deprecated; use Power Automate cloud flows instead of background"
        " workflows",
        "Dynamics 365 for Outlook (COM add-in) is deprecated; use the Dynamics 365 App for Outlook",
        sources=DY,
    ),
    t(
        DEP,
        "crm.app",
        "DeprecationWarning: simple_salesforce.Salesforce.query_all_iter is deprecated; use query_all_iter on the"
        " bulk handler",
        "Endpoint getCustomerDetails is deprecated, use /v2/customers/:id",
        "Module LegacyLeadImporter will be removed in 5.0; switch to the Bulk API 2.0 importer",
        prefixes="none py json",
    ),
    t(
        HTTP,
        "sf.api",
        "POST /services/data/v59.0/sobjects/{crm_obj}/ {status} {ms}ms",
        "PATCH /services/data/v59.0/sobjects/{crm_obj}/{crm_sfid} {status} {ms}ms",
        "GET /services/data/v59.0/query?q=SELECT+Id+FROM+{crm_obj} {status} {ms}ms",
    ),
    t(
        HTTP,
        "hs.api",
        "POST https://api.hubapi.com/crm/v3/objects/contacts -> {status} ({ms} ms)",
        "PATCH https://api.hubapi.com/crm/v3/objects/deals/{id} -> {status} ({ms} ms)",
        "GET https://api.hubapi.com/crm/v3/objects/companies?limit=100 -> {status} ({ms} ms)",
        sources=HS,
    ),
    t(
        HTTP,
        "crm.access_log",
        '{ip} - - [{clf}] "GET /crm/leads/{id} HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /crm/opportunities HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "GET /crm/accounts?page={small} HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
        sources="crm-portal",
    ),
    t(
        HTTP,
        "crm.json_access",
        '{{"method":"{method}","path":"/api/v2/contacts/{id}","status":{status},"duration_ms":{ms},'
        '"user":"{user_id}"}}',
        '{{"method":"POST","path":"/api/v2/leads/import","status":{status},"duration_ms":{ms},"remote_ip":"{ip}"}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "dy.webapi",
        "{method} https://{biz_tenant}.crm4.dynamics.com/api/data/v9.2/accounts({uuid}) {status} {ms}ms",
        "POST https://org{hex8}.crm.dynamics.com/api/data/v9.2/leads {status} {ms}ms",
        sources=DY,
    ),
    t(
        HTTP,
        "crm.webhook",
        '{ip} - - [{clf}] "POST /hooks/hubspot HTTP/1.1" {status} {size} "-" "HubSpot Connect 2.0'
        ' (http://dev.hubspot.com/)"',
        '{ip} - - [{clf}] "POST /hooks/salesforce/outbound HTTP/1.1" {status} {size} "-" "Jakarta'
        ' Commons-HttpClient/3.1"',
        prefixes="none",
    ),
    t(
        UA,
        "sf.permissions",
        "Setup Audit Trail: Assigned permission set Sales_Ops to user {name}",
        "Setup Audit Trail: Changed profile for user {name} from Standard User to Sales Manager",
        "Setup Audit Trail: Froze user {name}",
        sources="Salesforce",
    ),
]
