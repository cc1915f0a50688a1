""".NET applications sending mail with System.Net.Mail.SmtpClient: the exception text they log when the relay
refuses the message (a failed delivery of OUR message: Error).

Phrasings follow dotnet/runtime: src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpException.cs
(GetMessageForStatus(statusCode) + " " + SR.MailServerResponse) and Resources/Strings.resx ("Mailbox
unavailable.", "Transaction failed.", "The server response was: {0}", "Unable to send to all recipients.",
"Failure sending mail."); SmtpFailedRecipientException / SmtpFailedRecipientsException are the exception types.
The server answers are Microsoft's documented Exchange Online NDR texts (MicrosoftDocs SupportArticles-docs,
non-delivery-reports-in-exchange-online.md: "5.7.1 Unable to relay", "5.7.64 TenantAttribution; Relay Access
Denied", "5.4.1 Relay Access Denied") and Postfix smtpd_check.c ("<%s>: Relay access denied").
"""

from training.templates.families._kit import ERR, maker

FAMILY = "dotnet"

t = maker(
    "dotnet",
    sources="dotnet aspnetcore",
    prefixes="dotnet iso json none",
    logger="Notifications.EmailSender|App.Services.SmtpMailService|Worker.MailDispatcher",
)

_R = "Mailbox unavailable. The server response was: "

TEMPLATES = [
    t(
        ERR,
        "smtp_relay_refused",
        "System.Net.Mail.SmtpFailedRecipientException: " + _R + "5.7.1 Unable to relay",
        "System.Net.Mail.SmtpFailedRecipientException: " + _R + "5.7.64 TenantAttribution; Relay Access Denied",
        "System.Net.Mail.SmtpFailedRecipientException: " + _R + "5.4.1 Relay Access Denied",
    ),
    t(
        ERR,
        "smtp_send_failed",
        "System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 <{email}>: Relay access "
        "denied",
        "System.Net.Mail.SmtpFailedRecipientsException: Unable to send to all recipients.",
        "System.Net.Mail.SmtpException: Failure sending mail.",
    ),
]
