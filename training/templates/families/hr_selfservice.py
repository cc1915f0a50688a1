"""HR self-service, recruiting and time-tracking applications (the `hr` family, continued): employee and manager
self-service portals, applicant tracking (Greenhouse/Lever-style) and time clocks feeding payroll.

Texts follow the products' documented workflow vocabulary: requisition/offer/candidate stages, background-check
statuses, punch and timesheet approvals, expense reports, the self-service request log and the ATS webhook deliveries.
"""

from training.templates.families._kit import DEP, HTTP, RES, SN, UA, WF, maker

FAMILY = "hr"
t = maker("hr", sources="ModernHR Greenhouse Workday", prefixes="json iso spring py", logger="hr.selfservice")

TEMPLATES = [
    t(
        WF,
        "ats.offer",
        "Offer for candidate {id} on requisition REQ-{num} could not be sent: approval chain incomplete",
        "Candidate {id} could not move to stage Offer: scorecards missing from {small} interviewers",
        "Requisition REQ-{num} could not be opened: headcount not approved for {company}",
        sources="Greenhouse Lever",
    ),
    t(
        WF,
        "ats.hire",
        "Hire of candidate {id} not exported to Workday: job profile {sku} not found",
        "Background check for candidate {id} returned CONSIDER; hiring workflow paused",
        "Start date for candidate {id} rejected: earlier than the requisition's target start",
        sources="Greenhouse Lever",
    ),
    t(
        WF,
        "time.punch",
        "Punch for {emp} at {hour} rejected: no scheduled shift",
        "Timesheet for {emp} period {date} could not be approved: {small} missing punches",
        "Overtime request {id} for {emp} rejected: weekly limit of 48 hours exceeded",
    ),
    t(
        WF,
        "expense",
        "Expense report ER-{num} for {emp} rejected: receipt missing for item over {amount} {cur}",
        "Expense report ER-{num} could not be reimbursed: employee bank account not verified",
        "Mileage claim {id} for {emp} failed validation: distance exceeds policy maximum",
    ),
    t(
        WF,
        "leave",
        "Parental leave request {id} for {emp} could not be submitted: eligibility period not met",
        "Leave of absence {id} return-to-work task failed: manager position vacant",
        "Holiday calendar for {country} missing; leave balances for {n} employees not accrued",
    ),
    t(
        WF,
        "selfservice.change",
        "Address change for {emp} not applied: postal code {num} invalid for country {country}",
        "Bank detail change for {emp} held: verification micro-deposit failed",
        "Tax withholding update for {emp} rejected: form W-4 signature missing",
    ),
    t(
        SN,
        "ats.routine",
        "Candidate {id} moved to stage Onsite Interview",
        "Requisition REQ-{num} opened by {user}",
        "Offer for candidate {id} accepted",
        sources="Greenhouse Lever",
    ),
    t(
        SN,
        "time.routine",
        "Timesheets for period {date} exported to payroll: {num} employees",
        "Shift schedule for week {n} published",
        "Expense report ER-{num} approved by {user}",
    ),
    t(
        UA,
        "selfservice.login",
        "Employee {emp} logged in to the mobile app",
        "Manager {user} logged out",
        "Employee {emp} reset their password",
    ),
    t(
        UA,
        "selfservice.account",
        "Employee {emp} enrolled a new authenticator app",
        "Employee {emp} updated their preferred name",
        "Employee {emp} changed notification settings",
    ),
    t(
        UA,
        "ats.users",
        "Recruiter account created for {email}",
        "Hiring manager {email} deactivated",
        sources="Greenhouse Lever",
    ),
    t(
        RES,
        "time.limits",
        "Time clock {host} storage at {pcthi}%: {num} offline punches buffered",
        "ATS API rate limit: {num} of 50 requests per 10 seconds used",
        sources="ModernHR Greenhouse",
    ),
    t(
        DEP,
        "ats.dep",
        "Greenhouse Harvest API v1 is deprecated; migrate to Harvest v3",
        "Lever API key authentication is deprecated for partner integrations; use OAuth",
        sources="Greenhouse Lever",
    ),
    t(
        HTTP,
        "selfservice.access",
        '{ip} - - [{clf}] "GET /ess/profile HTTP/2.0" {status} {size} "-" {ua}',
        '{ip} - - [{clf}] "POST /ess/expenses HTTP/2.0" {status} {size} "-" {ua}',
        prefixes="none",
    ),
    t(
        HTTP,
        "ats.webhook",
        '{ip} - - [{clf}] "POST /webhooks/greenhouse HTTP/1.1" {status} {size} "-" "Greenhouse-Webhooks"',
        '{ip} - - [{clf}] "POST /webhooks/lever HTTP/1.1" {status} {size} "-" "Lever-Webhooks/1.0"',
        prefixes="none",
        sources="Greenhouse Lever",
    ),
    t(
        HTTP,
        "time.api",
        '{{"method":"POST","path":"/api/v1/punches","status":{status},"duration_ms":{ms},"device":"{host}"}}',
        '{{"method":"{method}","path":"/api/v1/timesheets/{id}","status":{status},"duration_ms":{ms}}}',
        prefixes="none",
    ),
    t(
        HTTP,
        "ats.api",
        "GET https://harvest.greenhouse.io/v1/candidates/{id} -> {status} ({ms} ms)",
        "POST https://api.lever.co/v1/opportunities -> {status} ({ms} ms)",
        sources="Greenhouse Lever",
    ),
    t(
        UA,
        "selfservice.delegation",
        "Manager {user} delegated approvals to {user2} until {date}",
        "Employee {emp} signed their employment contract electronically",
        "Employee {emp} downloaded their payslip for {date}",
    ),
]
