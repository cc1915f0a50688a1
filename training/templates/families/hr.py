"""HR and payroll applications: Workday (business processes, integration events, EIB loads), SAP SuccessFactors
(Employee Central, EC Payroll replication, OData API) and the payroll engines and self-service portals around them.

Texts follow the products' documented vocabulary: Workday business-process names (Hire, Terminate, Change Job,
Request Compensation Change, Request Time Off), integration-event statuses ("Completed With Errors"), EIB and
Web Service validation messages; SuccessFactors Employee Central save/validation errors, the EC-to-EC-Payroll
replication monitor statuses, the SFAPI retirement and the OData Basic-authentication deprecation; payroll
run/pay-group concepts (pay period, off-cycle run, tax election, bank details).
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, WF, maker, pick
from training.values import register

register(
    {
        "hr_bp": pick(
            "Hire",
            "Terminate",
            "Change Job",
            "Request Compensation Change",
            "Request Time Off",
            "Onboarding",
            "Add Dependent",
            "Benefit Change",
        ),
        "hr_group": pick("US-BIWEEKLY", "UK-MONTHLY", "DE-MONATLICH", "CA-SEMIMONTHLY", "IN-MONTHLY"),
        "hr_period": lambda r: f"{r.randrange(2023, 2026)}-{r.randrange(1, 13):02d}",
        "hr_int": pick(
            "INT001_Payroll_Export",
            "INT014_Benefits_Carrier",
            "INT022_ADP_Outbound",
            "INT030_Time_Import",
            "INT045_AD_Provisioning",
        ),
    }
)

FAMILY = "hr"
t = maker("hr", sources="Workday ModernHR", prefixes="json iso spring py", logger="hr.integration")
SF = "SuccessFactors"
PAY = "payroll-engine"

TEMPLATES = [
    t(
        WF,
        "wd.bp_error",
        "Business Process {hr_bp} for {name} ({emp}) failed: The hire date must be on or after the position's"
        " availability date",
        "Business Process {hr_bp} for worker {emp} could not be submitted: Effective date is in a closed period",
        "Business Process {hr_bp} for worker {emp} stopped: Approval step 'Manager' has no assignee (position vacant)",
    ),
    t(
        WF,
        "wd.integration",
        "Integration Event {hr_int} completed with errors: {n} of {num} workers failed",
        "Integration Event {hr_int} status: Completed With Errors ({n} warnings, {small} errors)",
        "Integration {hr_int} failed: Worker {emp} has no Cost Center assigned",
    ),
    t(
        WF,
        "wd.eib",
        "EIB Put_Applicant row {n} rejected: Validation error occurred. Invalid ID value. '{emp}' is not a valid ID"
        " value"
        " for type = 'Employee_ID'",
        "EIB load Change_Job row {n}: The position is not available for the effective date {date}",
        "EIB load Request_Compensation_Change row {n}: Pay rate exceeds the maximum of the grade",
    ),
    t(
        WF,
        "payroll.run",
        "Pay run {hr_period} for pay group {hr_group} halted: {n} employees missing tax elections",
        "Payroll calculation for employee {emp} failed: no active bank account on file",
        "Off-cycle payment for {emp} rejected: net pay would be negative ({amount} {cur})",
    ),
    t(
        WF,
        "payroll.payslip",
        "Payslip generation failed for employee {emp}: pay period {hr_period} not closed",
        "Payslip for {emp} could not be published: document template 'PAYSLIP_DE' missing",
        "Year-end tax form for {emp} not generated: national ID missing",
        sources=PAY,
    ),
    t(
        WF,
        "timeoff",
        "Time off request {id} for {emp} could not be approved: insufficient balance ({small} days available)",
        "Absence request {id} rejected: overlaps with an existing leave of absence",
        "Timesheet for {emp} week {n} could not be submitted: missing project code on {date}",
    ),
    t(
        WF,
        "benefits",
        "Benefit enrollment event for {emp} failed: dependent {name} has no date of birth",
        "Benefits carrier file {hr_int} rejected by carrier: {n} members with invalid plan codes",
        "Open enrollment election for {emp} not saved: coverage start date before hire date",
    ),
    t(
        WF,
        "onboarding",
        "Onboarding for {name} ({emp}) stopped: background check result not received",
        "New hire {emp} provisioning failed: no manager found for supervisory organization",
        "Offer letter for candidate {id} could not be generated: compensation package not approved",
    ),
    t(
        WF,
        "sf.ec_save",
        "Employee Central: Job Information for {emp} could not be saved: Position {id} is already filled",
        "Employee Central: Compensation Information save failed: Pay component {hex4} is not valid for country"
        " {country}",
        "Employee Central import JobInfo row {n}: The event reason is not valid for the selected event",
        sources=SF,
    ),
    t(
        WF,
        "sf.replication",
        "EC Payroll replication failed for employee {emp}: Personnel number not found in payroll",
        "Employee replication to EC Payroll: status Failed - Infotype 0009: bank details incomplete",
        "Point-to-point replication for {emp} ended with errors: Cost center {id} does not exist on {date}",
        sources=SF,
    ),
    t(
        WF,
        "termination",
        "Termination of {emp} could not be completed: open expense reports must be settled",
        "Final pay for terminated worker {emp} not calculated: termination date in a closed pay period",
        "Rehire of {emp} blocked: previous termination reason not eligible for rehire",
    ),
    t(
        WF,
        "hr.org",
        "Reorganization {id} for supervisory organization {company} failed: cycle detected in reporting lines",
        "Position {id} could not be created: headcount plan for {company} exhausted",
        "Compensation review for {emp} skipped: no eligibility rule matched",
    ),
    t(
        SN,
        "hr.routine",
        "Integration Event {hr_int} completed successfully: {num} workers sent",
        "Pay run {hr_period} for pay group {hr_group} completed: {num} payslips published",
        "Business Process {hr_bp} for {emp} successfully completed",
        "Employee replication to EC Payroll for {emp} completed successfully",
    ),
    t(
        SN,
        "hr.schedule",
        "Scheduled report Headcount_Monthly delivered to {email}",
        "Nightly time import from {hr_int} finished: {num} time blocks loaded",
        "Pay period {hr_period} closed for pay group {hr_group}",
    ),
    t(
        UA,
        "ess.login",
        "Employee {emp} signed in to self-service from {ip}",
        "User {user} signed out of Workday",
        "Sign-in successful for {email} via SSO",
    ),
    t(
        UA,
        "ess.profile",
        "Employee {emp} updated bank details",
        "Employee {emp} changed home address",
        "User {user} changed their password",
        "Employee {emp} added emergency contact",
    ),
    t(
        UA,
        "hr.accounts",
        "User account created for new hire {name} ({emp})",
        "Account deactivated for terminated worker {emp}",
        "Security group HR_Partner assigned to user {user} by {user2}",
    ),
    t(
        SEC,
        "hr.login_failed",
        "Failed sign-in for {user} from {pip}: invalid password ({small} consecutive attempts)",
        "Account {user} locked after {small} failed sign-in attempts",
        "Sign-in from {pip} ({country}) blocked by network policy for {user}",
    ),
    t(
        SEC,
        "hr.unauthorized",
        "Unauthorized attempt to view compensation of {emp} by {user}",
        "User {user} attempted to download the payroll register without permission",
        "Proxy access as {user2} denied for {user}: not in the Proxy Access policy",
    ),
    t(
        ERR,
        "hr.integration_error",
        "SFTP upload of {hr_int} output to {host} failed: Connection timed out",
        "Workday Web Service Get_Workers call failed: 503 Service Unavailable; retrying",
        "OData call to SuccessFactors failed: COE_GENERAL_SERVER_FAILURE",
    ),
    t(
        CRIT,
        "payroll.down",
        "Payroll engine unavailable: database connection pool exhausted, all pay runs suspended",
        "payroll-engine cannot start: tax table package for {hr_period} failed checksum validation",
        sources=PAY,
        sev="crit",
    ),
    t(
        CRIT,
        "hr.service_down",
        "HR integration hub crashed: OutOfMemoryError while loading worker snapshot; all outbound integrations stopped",
        "Self-service portal down: identity provider metadata expired, no employee can sign in",
        sev="crit",
    ),
    t(
        RES,
        "hr.limits",
        "Document storage for tenant {company} at {pcthi}% of {gb} GB quota",
        "Workday API rate limit reached: {num} requests in 60 s for integration user ISU_{hr_int}",
        "Payroll batch used {pcthi}% of the processing window ({n} of 240 minutes)",
    ),
    t(
        DEP,
        "wd.api",
        "Workday Web Services version v{31|34|36}.0 is deprecated; upgrade {hr_int} to v42.0",
        "The Workday Studio component 'Legacy Document Transformation' is deprecated and will be removed",
    ),
    t(
        DEP,
        "sf.api",
        "SFAPI is deprecated and will be retired; migrate {hr_int} to the OData API",
        "Basic Authentication for SuccessFactors OData API is deprecated; use OAuth 2.0 with SAML bearer assertion",
        "The Compound Employee API query without delta transmission is deprecated",
        sources=SF,
    ),
    t(
        DEP,
        "hr.app",
        "Endpoint /api/v1/employees/:id/salary is deprecated, use /api/v2/compensation",
        "Module PayslipPdfV1 will be removed in 4.0",
        "Setting payroll.legacy_rounding is deprecated and ignored from release 2025.1",
        prefixes="none json py",
    ),
    t(
        HTTP,
        "hr.access",
        '{ip} - - [{clf}] "GET /ess/payslips/{hr_period} HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /ess/timeoff HTTP/1.1" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "GET /api/v1/employees/{emp} HTTP/1.1" {status} {size} "-" {ua}',
        prefixes="none",
        sources="ModernHR",
    ),
    t(
        HTTP,
        "hr.json_access",
        '{{"method":"{method}","path":"/api/v1/employees/{emp}/absences","status":{status},"duration_ms":{ms}}}',
        '{{"method":"POST","path":"/api/v1/payroll/runs","status":{status},"duration_ms":{ms},"remote_ip":"{ip}"}}',
        prefixes="none",
        sources="ModernHR",
    ),
    t(
        HTTP,
        "wd.api_call",
        "POST https://wd2-impl-services1.workday.com/ccx/service/{biz_tenant}/Human_Resources/v42.0 -> {status} ({ms}"
        " ms)",
        "GET https://wd2-impl-services1.workday.com/ccx/api/v1/{biz_tenant}/workers?limit=100 -> {status} ({ms} ms)",
    ),
    t(
        HTTP,
        "sf.odata_call",
        "GET https://api{small}.successfactors.com/odata/v2/EmpJob?$filter=userId eq '{emp}' -> {status} ({ms} ms)",
        "POST https://api{small}.successfactors.com/odata/v2/upsert -> {status} ({ms} ms)",
        sources=SF,
    ),
    t(
        HTTP,
        "payroll.api",
        '{ip} - - [{clf}] "POST /payroll/v1/calculations HTTP/1.1" {status} {size} {ms}ms',
        '{ip} - - [{clf}] "GET /payroll/v1/runs/{id}/status HTTP/1.1" {status} {size} {ms}ms',
        prefixes="none",
        sources=PAY,
    ),
]
