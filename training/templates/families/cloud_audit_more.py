"""Cloud audit trails (the `cloud_audit` family, continued): more CloudTrail events, AWS Health and GuardDuty findings,
the EventBridge "AWS API Call via CloudTrail" envelope, Google Cloud Audit Logs status codes and system events.

Names and values follow the documented schemas: CloudTrail errorCode values (Client.UnauthorizedOperation "You are not
authorized to perform this operation. Encoded authorization failure message: ...", InvalidClientTokenId "The security
token included in the request is invalid.", InsufficientInstanceCapacity, VcpuLimitExceeded, LimitExceededException
"Cannot exceed quota for PoliciesPerRole"), signin events (SwitchRole, CheckMfa) and IAM Identity Center Logout;
AWS Health event type codes (AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED, AWS_EBS_VOLUME_LOST,
AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT); RDS event RDS-EVENT-0031; GuardDuty finding types; google.rpc.Code numbers
(3 INVALID_ARGUMENT, 5 NOT_FOUND, 7 PERMISSION_DENIED, 8 RESOURCE_EXHAUSTED, 16 UNAUTHENTICATED), the
VpcServiceControlAuditMetadata violationReason, compute.instances.preempted / migrateOnHostMaintenance system
events, ZONE_RESOURCE_POOL_EXHAUSTED, the k8s.io/deprecated audit annotation (Azure: cloud_audit_azure.py).
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA
from training.templates.families.cloud_audit import ct, gcp, t

FAMILY = "cloud_audit"
GCP = "gcp-audit"
HEALTH = "aws-health"


def eb(source: str, name: str, detail: str) -> str:
    """An EventBridge envelope around a CloudTrail record, as Lambda/CloudWatch subscribers log it."""
    return (
        '{{"version":"0","id":"{uuid}","detail-type":"AWS API Call via CloudTrail","source":"aws.' + source + '",'
        '"account":"{awsacct}","time":"{ts}","region":"{region}","detail":{{"eventSource":"'
        + source
        + '.amazonaws.com",'
        '"eventName":"' + name + '","userIdentity":{{"type":"IAMUser","userName":"{ct_user}"}}' + detail + "}}}}"
    )


def health(code: str, category: str, text: str) -> str:
    """An AWS Health event as EventBridge delivers it."""
    return (
        '{{"detail-type":"AWS Health Event","source":"aws.health","account":"{awsacct}","region":"{region}","detail":{{'
        '"service":"' + code.split("_")[1] + '","eventTypeCode":"' + code + '","eventTypeCategory":"' + category + '",'
        '"eventDescription":[{{"language":"en_US","latestDescription":"' + text + '"}}]}}}}'
    )


TEMPLATES = [
    t(
        SEC,
        "more.ct_unauthorized",
        ct(
            "ec2.amazonaws.com",
            "{RunInstances|TerminateInstances|CreateVpc}",
            ',"errorCode":"Client.UnauthorizedOperation","errorMessage":"You are not authorized to perform this '
            'operation. Encoded authorization failure message: {hex32}"',
        ),
        eb(
            "ec2",
            "DescribeInstances",
            ',"errorCode":"Client.UnauthorizedOperation","errorMessage":"You are not authorized to perform this '
            'operation.","sourceIPAddress":"{pip}"',
        ),
    ),
    t(
        SEC,
        "more.ct_bad_token",
        ct(
            "sts.amazonaws.com",
            "GetCallerIdentity",
            ',"errorCode":"InvalidClientTokenId","errorMessage":"The security token included in the request is '
            'invalid."',
        ),
        ct(
            "s3.amazonaws.com",
            "ListBuckets",
            ',"errorCode":"SignatureDoesNotMatch","errorMessage":"The request signature we calculated does not '
            'match the signature you provided."',
        ),
    ),
    t(
        SEC,
        "more.ct_tampering",
        ct("ec2.amazonaws.com", "DeleteFlowLogs", ',"requestParameters":{{"flowLogIds":["fl-{hex16}"]}}'),
        ct(
            "config.amazonaws.com",
            "StopConfigurationRecorder",
            ',"requestParameters":{{"configurationRecorderName":"default"}}',
        ),
        ct(
            "kms.amazonaws.com",
            "ScheduleKeyDeletion",
            ',"requestParameters":{{"keyId":"{uuid}","pendingWindowInDays":7}}',
        ),
        ct(
            "s3.amazonaws.com",
            "PutBucketPublicAccessBlock",
            ',"requestParameters":{{"bucketName":"{svc}-exports","PublicAccessBlockConfiguration":{{'
            '"BlockPublicAcls":false,"BlockPublicPolicy":false}}}}',
        ),
    ),
    t(
        SEC,
        "more.guardduty",
        '{{"schemaVersion":"2.0","accountId":"{awsacct}","region":"{region}","type":"{UnauthorizedAccess:IAMUser/'
        "InstanceCredentialExfiltration.OutsideAWS|Recon:IAMUser/MaliciousIPCaller|UnauthorizedAccess:EC2/"
        'SSHBruteForce|CryptoCurrency:EC2/BitcoinTool.B!DNS}","severity":{small},'
        '"resource":{{"resourceType":"{AccessKey|Instance}"}}}}',
        '{{"detail-type":"GuardDuty Finding","source":"aws.guardduty","detail":{{"type":"Policy:IAMUser/'
        'RootCredentialUsage","title":"API {ListBuckets|GetCallerIdentity} was invoked using root credentials.",'
        '"severity":2}}}}',
    ),
    t(
        UA,
        "more.ct_signin",
        ct(
            "signin.amazonaws.com",
            "SwitchRole",
            ',"responseElements":{{"SwitchRole":"Success"}},"additionalEventData":{{"SwitchTo":'
            '"arn:aws:iam::{awsacct}:role/{svc}-readonly"}}',
            who="AssumedRole",
        ),
        ct("signin.amazonaws.com", "CheckMfa", ',"responseElements":{{"CheckMfa":"Success"}}'),
        ct("sso.amazonaws.com", "Logout", ',"requestParameters":null', who="Unknown"),
    ),
    t(
        UA,
        "more.ct_access_keys",
        ct(
            "iam.amazonaws.com",
            "UpdateAccessKey",
            ',"requestParameters":{{"userName":"{user}","accessKeyId":"AKIA{hex16}","status":"Inactive"}}',
        ),
        ct(
            "iam.amazonaws.com",
            "DeleteAccessKey",
            ',"requestParameters":{{"userName":"{user}","accessKeyId":"AKIA{hex16}"}}',
        ),
        ct("iam.amazonaws.com", "CreateVirtualMFADevice", ',"requestParameters":{{"virtualMFADeviceName":"{user}"}}'),
    ),
    t(
        SN,
        "more.ct_routine",
        ct(
            "cloudformation.amazonaws.com",
            "{CreateStack|UpdateStack}",
            ',"requestParameters":{{"stackName":"{svc}-{region}"}}',
        ),
        ct("lambda.amazonaws.com", "UpdateFunctionCode20150331v2", ',"requestParameters":{{"functionName":"{svc}"}}'),
        ct("logs.amazonaws.com", "CreateLogStream", ',"requestParameters":{{"logGroupName":"/aws/lambda/{svc}"}}'),
        eb("rds", "CreateDBSnapshot", ',"requestParameters":{{"dBInstanceIdentifier":"{svc}-db"}}'),
    ),
    t(
        ERR,
        "more.ct_errors",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"errorCode":"Server.InsufficientInstanceCapacity","errorMessage":"We currently do not have sufficient '
            'm5.4xlarge capacity in the Availability Zone you requested ({region}a)."',
        ),
        ct(
            "cloudformation.amazonaws.com",
            "CreateStack",
            ',"errorCode":"ValidationError","errorMessage":"Template format error: Unresolved resource dependencies '
            '[{svc}Bucket] in the Resources block of the template"',
        ),
        ct(
            "lambda.amazonaws.com",
            "GetFunction20150331v2",
            ',"errorCode":"ResourceNotFoundException","errorMessage":"Function not found: arn:aws:lambda:{region}:'
            '{awsacct}:function:{svc}"',
        ),
    ),
    t(
        RES,
        "more.ct_limits",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"errorCode":"Client.VcpuLimitExceeded","errorMessage":"You have requested more vCPU capacity than your '
            'current vCPU limit of {n} allows for the instance bucket that the specified instance type belongs to."',
        ),
        ct(
            "iam.amazonaws.com",
            "AttachRolePolicy",
            ',"errorCode":"LimitExceededException","errorMessage":"Cannot exceed quota for PoliciesPerRole: 10"',
        ),
        ct(
            "lambda.amazonaws.com",
            "Invoke",
            ',"errorCode":"TooManyRequestsException","errorMessage":"Rate Exceeded."',
        ),
    ),
    t(
        CRIT,
        "more.health_hardware",
        health(
            "AWS_EBS_VOLUME_LOST",
            "issue",
            "Your volume vol-{hex16} has experienced a failure due to multiple component failures and is now lost.",
        ),
        health(
            "AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED",
            "issue",
            "The instance store drive on {instance} has failed and the instance is unreachable.",
        ),
        '{{"detail-type":"RDS DB Instance Event","source":"aws.rds","detail":{{"EventID":"RDS-EVENT-0031",'
        '"Message":"The DB instance has failed due to an incompatible configuration or an underlying storage '
        'issue.","SourceIdentifier":"{svc}-db"}}}}',
        sources=HEALTH,
    ),
    t(
        SN,
        "more.health_scheduled",
        health(
            "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED",
            "scheduledChange",
            "{instance} is scheduled for retirement on {date}; stop and start the instance to move it.",
        ),
        health(
            "AWS_RDS_MAINTENANCE_SCHEDULED",
            "scheduledChange",
            "A maintenance window is scheduled for {svc}-db on {date}.",
        ),
        sources=HEALTH,
    ),
    t(
        DEP,
        "more.health_lifecycle",
        health(
            "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT",
            "scheduledChange",
            "We are ending support for {Python 3.8|Node.js 16|Java 8 (Amazon Linux 1)} in Lambda on {date}. Update "
            "your functions to a newer runtime.",
        ),
        health(
            "AWS_EKS_PLANNED_LIFECYCLE_EVENT",
            "scheduledChange",
            "Amazon EKS Kubernetes version 1.2{small} reaches end of standard support on {date}. Upgrade your "
            "clusters.",
        ),
        health(
            "AWS_RDS_PLANNED_LIFECYCLE_EVENT",
            "scheduledChange",
            "RDS for MySQL 5.7 reaches end of standard support on {date}; upgrade {svc}-db to 8.0.",
        ),
        sources=HEALTH,
    ),
    t(
        SEC,
        "more.gcp_denied",
        gcp(
            "v1.compute.instances.setServiceAccount",
            "compute.googleapis.com",
            ',"status":{{"code":7,"message":"Permission \'iam.serviceAccounts.actAs\' denied on service account '
            '{svc}@{gcp_proj}.iam.gserviceaccount.com"}}',
        ),
        gcp(
            "storage.objects.list",
            "storage.googleapis.com",
            ',"status":{{"code":16,"message":"UNAUTHENTICATED"}}',
        ),
        gcp(
            "google.bigquery.v2.JobService.InsertJob",
            "bigquery.googleapis.com",
            ',"status":{{"code":7,"message":"Request is prohibited by organization\'s policy. '
            'vpcServiceControlsUniqueIdentifier: {hex16}"}},"metadata":{{"@type":"type.googleapis.com/google.cloud.'
            'audit.VpcServiceControlAuditMetadata","violationReason":"RESOURCES_NOT_IN_SAME_SERVICE_PERIMETER"}}',
        ),
        sources=GCP,
    ),
    t(
        SEC,
        "more.gcp_tampering",
        gcp(
            "google.logging.v2.ConfigServiceV2.DeleteSink",
            "logging.googleapis.com",
            ',"resourceName":"projects/{gcp_proj}/sinks/{audit-to-siem|org-audit-export}"',
        ),
        gcp(
            "v1.compute.firewalls.insert",
            "compute.googleapis.com",
            ',"request":{{"name":"allow-all-{small}","sourceRanges":["0.0.0.0/0"],"allowed":[{{"IPProtocol":"all"}}]}}',
        ),
        gcp(
            "google.iam.admin.v1.CreateServiceAccountKey",
            "iam.googleapis.com",
            ',"request":{{"name":"projects/-/serviceAccounts/{gcp_proj}@appspot.gserviceaccount.com"}},'
            '"requestMetadata":{{"callerIp":"{pip}"}}',
        ),
        sources=GCP,
    ),
    t(
        ERR,
        "more.gcp_errors",
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            ',"status":{{"code":3,"message":"ZONE_RESOURCE_POOL_EXHAUSTED: The zone \'projects/{gcp_proj}/zones/'
            "us-central1-a' does not have enough resources available to fulfill the request.\"}}",
        ),
        gcp(
            "v1.compute.instances.delete",
            "compute.googleapis.com",
            ',"status":{{"code":5,"message":"The resource \'projects/{gcp_proj}/zones/europe-west1-b/instances/'
            "{svc}-{small}' was not found\"}}",
        ),
        gcp(
            "cloudsql.instances.update",
            "cloudsql.googleapis.com",
            ',"status":{{"code":9,"message":"Operation failed because another operation was already in progress."}}',
        ),
        sources=GCP,
    ),
    t(
        RES,
        "more.gcp_quota",
        gcp(
            "v1.compute.addresses.insert",
            "compute.googleapis.com",
            ',"status":{{"code":8,"message":"Quota \'IN_USE_ADDRESSES\' exceeded.  Limit: 8.0 in region {region}."}}',
        ),
        gcp(
            "google.cloud.bigquery.v2.TableDataService.List",
            "bigquery.googleapis.com",
            ',"status":{{"code":8,"message":"Quota exceeded for quota metric \'Read requests\' and limit \'Read '
            "requests per minute per user' of service 'sheets.googleapis.com'\"}}",
        ),
        sources=GCP,
    ),
    t(
        SN,
        "more.gcp_system_events",
        '{{"protoPayload":{{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","serviceName":'
        '"compute.googleapis.com","methodName":"compute.instances.{preempted|migrateOnHostMaintenance}","resourceName":'
        '"projects/{gcp_proj}/zones/us-central1-a/instances/{svc}-{small}"}},"logName":"projects/{gcp_proj}/logs/'
        'cloudaudit.googleapis.com%2Fsystem_event","severity":"INFO","timestamp":"{ts}"}}',
        gcp(
            "v1.compute.disks.createSnapshot",
            "compute.googleapis.com",
            ',"resourceName":"projects/{gcp_proj}/zones/us-central1-a/disks/{svc}-data"',
        ),
        sources=GCP,
    ),
    t(
        UA,
        "more.gcp_service_account_created",
        gcp(
            "google.iam.admin.v1.CreateServiceAccount",
            "iam.googleapis.com",
            ',"request":{{"account_id":"{svc}"}},"resourceName":"projects/{gcp_proj}"',
        ),
        sources=GCP,
    ),
    t(
        DEP,
        "more.gcp_k8s_deprecated",
        '{{"protoPayload":{{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","serviceName":'
        '"k8s.io","methodName":"io.k8s.{policy.v1beta1.podsecuritypolicies|batch.v1beta1.cronjobs}.list",'
        '"resourceName":"{policy/v1beta1/podsecuritypolicies|batch/v1beta1/cronjobs}"}},"labels":{{'
        '"k8s.io/deprecated":"true","k8s.io/removed-release":"1.2{small}"}},"timestamp":"{ts}"}}',
        sources=GCP,
    ),
]
