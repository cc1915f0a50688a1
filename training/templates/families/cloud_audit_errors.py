"""Cloud audit trails (the `cloud_audit` family, continued): CloudTrail errorCode/errorMessage values and events not in
cloud_audit.py / cloud_audit_more.py, more google.rpc.Code statuses in Cloud Audit Logs, and Azure Activity Log
operations.

Values follow the documented schemas and error references: EC2 API error codes (InvalidAMIID.NotFound "The image id
'[ami-...]' does not exist", InvalidInstanceID.NotFound, RequestLimitExceeded "Request limit exceeded.", DryRunOperation
"Request would have succeeded, but DryRun flag is set."), IAM errors (NoSuchEntity "The user with name ... cannot be
found.", EntityAlreadyExists), KMS KMSInvalidStateException ("... is pending deletion."), Lambda
ResourceConflictException, signin.amazonaws.com events (ExitRole, PasswordRecoveryRequested, PasswordRecoveryCompleted),
defence-evasion event names (DeleteFlowLogs, DisableSecurityHub, DeleteBucketPublicAccessBlock,
DisableEbsEncryptionByDefault); google.rpc.Code 4 DEADLINE_EXCEEDED, 6 ALREADY_EXISTS, 9 FAILED_PRECONDITION, 14
UNAVAILABLE, the compute firewalls.insert and DisableServiceAccount methods; Azure operations
Microsoft.Insights/diagnosticSettings/delete, Microsoft.Authorization/locks/delete,
Microsoft.Compute/virtualMachines/deallocate/action and resultType Failure statusCode Conflict / TooManyRequests.
"""

from training.templates.families._kit import ERR, RES, SEC, SN, UA
from training.templates.families.cloud_audit import ct, gcp, t
from training.templates.families.cloud_audit_azure import AZ, az

FAMILY = "cloud_audit"
GCP = "gcp-audit"


def st(code: int, text: str) -> str:
    """A Cloud Audit Log status with a google.rpc.Code and message."""
    return ',"status":{{"code":' + str(code) + ',"message":"' + text + '"}}'


TEMPLATES = [
    t(
        ERR,
        "errors.ct_not_found",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"errorCode":"InvalidAMIID.NotFound","errorMessage":"The image id \'[ami-{hex16}]\' does not exist"',
        ),
        ct(
            "ec2.amazonaws.com",
            "{StopInstances|RebootInstances}",
            ',"errorCode":"InvalidInstanceID.NotFound","errorMessage":"The instance ID \'i-{hex16}\' does not exist"',
        ),
        ct(
            "iam.amazonaws.com",
            "GetUser",
            ',"errorCode":"NoSuchEntity","errorMessage":"The user with name {user} cannot be found."',
        ),
    ),
    t(
        ERR,
        "errors.ct_conflict",
        ct(
            "iam.amazonaws.com",
            "CreateRole",
            ',"errorCode":"EntityAlreadyExists","errorMessage":"Role with name {svc}-role already exists."',
        ),
        ct(
            "lambda.amazonaws.com",
            "UpdateFunctionCode20150331v2",
            ',"errorCode":"ResourceConflictException","errorMessage":"The operation cannot be performed at this time. '
            'An update is in progress for resource: arn:aws:lambda:{region}:{awsacct}:function:{svc}"',
        ),
        ct(
            "kms.amazonaws.com",
            "Decrypt",
            ',"errorCode":"KMSInvalidStateException","errorMessage":"arn:aws:kms:{region}:{awsacct}:key/{uuid} is '
            'pending deletion."',
        ),
    ),
    t(
        RES,
        "errors.ct_request_limit",
        ct(
            "ec2.amazonaws.com",
            "{DescribeInstances|DescribeVolumes|DescribeSnapshots}",
            ',"errorCode":"Client.RequestLimitExceeded","errorMessage":"Request limit exceeded."',
        ),
        ct(
            "ec2.amazonaws.com",
            "DescribeSecurityGroups",
            ',"errorCode":"RequestLimitExceeded","errorMessage":"Request limit exceeded."',
            who="AssumedRole",
        ),
    ),
    t(
        SN,
        "errors.ct_dry_run",
        ct(
            "ec2.amazonaws.com",
            "{RunInstances|TerminateInstances}",
            ',"errorCode":"Client.DryRunOperation","errorMessage":"Request would have succeeded, but DryRun flag is '
            'set."',
        ),
        ct(
            "ec2.amazonaws.com",
            "CreateSnapshot",
            ',"requestParameters":{{"volumeId":"vol-{hex16}"}},"responseElements":{{"status":"pending"}}',
        ),
        ct(
            "ec2.amazonaws.com",
            "CreateTags",
            ',"requestParameters":{{"resourcesSet":{{"items":[{{"resourceId":"i-{hex16}"}}]}}}}',
        ),
    ),
    t(
        UA,
        "errors.ct_signin_more",
        ct("signin.amazonaws.com", "ExitRole", ',"responseElements":{{"ExitRole":"Success"}}', who="AssumedRole"),
        ct(
            "signin.amazonaws.com",
            "PasswordRecoveryRequested",
            ',"responseElements":{{"PasswordRecoveryRequested":"Success"}}',
        ),
        ct(
            "signin.amazonaws.com",
            "PasswordRecoveryCompleted",
            ',"responseElements":{{"PasswordRecoveryCompleted":"Success"}}',
        ),
    ),
    t(
        SEC,
        "errors.ct_defence_evasion",
        ct("ec2.amazonaws.com", "DeleteFlowLogs", ',"requestParameters":{{"flowLogIds":["fl-{hex16}"]}}'),
        ct("securityhub.amazonaws.com", "DisableSecurityHub", ',"requestParameters":{{}}'),
        ct("s3.amazonaws.com", "DeleteBucketPublicAccessBlock", ',"requestParameters":{{"bucketName":"{svc}-data"}}'),
        ct(
            "ec2.amazonaws.com",
            "DisableEbsEncryptionByDefault",
            ',"responseElements":{{"ebsEncryptionByDefault":false}}',
        ),
    ),
    t(
        ERR,
        "errors.gcp_status",
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            st(6, "The resource 'projects/{gcp_proj}/zones/{region}-a/instances/{svc}-1' already exists"),
        ),
        gcp(
            "v1.compute.instances.stop",
            "compute.googleapis.com",
            st(9, "The resource 'projects/{gcp_proj}/zones/{region}-a/instances/{svc}-1' is not ready"),
        ),
        gcp("google.cloud.sql.v1.SqlInstancesService.Patch", "cloudsql.googleapis.com", st(4, "Deadline exceeded")),
        gcp("storage.objects.create", "storage.googleapis.com", st(14, "The service is currently unavailable.")),
        sources=GCP,
    ),
    t(
        SEC,
        "errors.gcp_open_firewall",
        gcp(
            "v1.compute.firewalls.insert",
            "compute.googleapis.com",
            ',"request":{{"name":"allow-all-{small}","sourceRanges":["0.0.0.0/0"],"allowed":[{{"IPProtocol":"all"}}]}}',
        ),
        gcp(
            "v1.compute.firewalls.patch",
            "compute.googleapis.com",
            ',"request":{{"sourceRanges":["0.0.0.0/0"],"allowed":[{{"IPProtocol":"tcp","ports":["22","3389"]}}]}}',
        ),
        sources=GCP,
    ),
    t(
        UA,
        "errors.gcp_sa_disable",
        gcp(
            "google.iam.admin.v1.DisableServiceAccount",
            "iam.googleapis.com",
            ',"resourceName":"projects/-/serviceAccounts/{num}"',
        ),
        gcp(
            "google.iam.admin.v1.EnableServiceAccount",
            "iam.googleapis.com",
            ',"resourceName":"projects/-/serviceAccounts/{num}"',
        ),
        sources=GCP,
    ),
    t(
        SEC,
        "errors.az_diag_deleted",
        az("Microsoft.Insights/diagnosticSettings/delete", "Success"),
        az("Microsoft.Security/pricings/write", "Success", tail=',"properties":{{"pricingTier":"Free"}}'),
        sources=AZ,
    ),
    t(
        SN,
        "errors.az_routine",
        az("Microsoft.Compute/virtualMachines/deallocate/action", "Success"),
        az("Microsoft.Authorization/locks/delete", "Success"),
        az("Microsoft.Network/networkSecurityGroups/securityRules/write", "Success"),
        sources=AZ,
    ),
    t(
        ERR,
        "errors.az_failed",
        az(
            "Microsoft.Storage/storageAccounts/write",
            "Failure",
            tail=',"properties":{{"statusCode":"Conflict","statusMessage":"{{\\"error\\":{{\\"code\\":'
            '\\"StorageAccountAlreadyTaken\\"}}}}"}}',
        ),
        az(
            "Microsoft.Web/sites/restart/action",
            "Failure",
            tail=',"properties":{{"statusCode":"InternalServerError"}}',
        ),
        sources=AZ,
    ),
    t(
        RES,
        "errors.az_throttled",
        az(
            "Microsoft.Compute/virtualMachines/read",
            "Failure",
            tail=',"properties":{{"statusCode":"TooManyRequests","statusMessage":"{{\\"error\\":{{\\"code\\":'
            '\\"OperationNotAllowed\\",\\"message\\":\\"The server rejected the request because too many requests '
            'have been received for this subscription.\\"}}}}"}}',
        ),
        az(
            "Microsoft.Resources/subscriptions/resourceGroups/read",
            "Failure",
            tail=',"properties":{{"statusCode":"TooManyRequests"}}',
        ),
        sources=AZ,
    ),
]
