"""Cloud audit trails as JSON lines: AWS CloudTrail, Google Cloud Audit Logs (Admin Activity, Data Access, System
Event) and the Azure Activity Log; plus the SDK deprecation notices that land in the same pipelines.

Field names and values follow the documented record schemas: CloudTrail eventVersion/userIdentity/eventSource/
eventName/errorCode/errorMessage (ConsoleLogin responseElements "Success"/"Failure", "Failed authentication",
AccessDenied "User: ... is not authorized to perform: ...", Client.InstanceLimitExceeded, ThrottlingException);
GCP protoPayload "@type": type.googleapis.com/google.cloud.audit.AuditLog with methodName, status.code 7
(PERMISSION_DENIED) / 8 (RESOURCE_EXHAUSTED "Quota 'CPUS' exceeded"), compute.instances.hostError system events and
the DEPRECATED_RESOURCE_USED warning; Azure operationName/status/category values (Administrative, ServiceHealth);
the AWS SDK for JavaScript v2 maintenance notice and boto3's Python-version deprecation warning.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA, maker, pick
from training.values import register

register(
    {
        "ct_user": pick("alice", "bob.ops", "ci-deployer", "terraform", "jdoe", "security-audit"),
        "gcp_proj": pick("prod-data-421", "acme-web-prod", "analytics-staging", "ml-platform-01"),
    }
)

FAMILY = "cloud_audit"
t = maker("cloud_audit", sources="aws-cloudtrail", prefixes="none")
GCP = "gcp-audit"


def ct(source: str, name: str, tail: str, who: str = "IAMUser") -> str:
    """One CloudTrail record (the fields SIEM exports keep), user identity of the given type."""
    return (
        '{{"eventVersion":"1.08","userIdentity":{{"type":"' + who + '","arn":"arn:aws:iam::{awsacct}:user/{ct_user}",'
        '"accountId":"{awsacct}","userName":"{ct_user}"}},"eventTime":"{ts}","eventSource":"' + source + '",'
        '"eventName":"'
        + name
        + '","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"aws-cli/2.15.30"'
        + tail
        + "}}"
    )


def gcp(method: str, service: str, tail: str) -> str:
    """One Cloud Audit Log entry's protoPayload core."""
    return (
        '{{"protoPayload":{{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","serviceName":"' + service + '",'
        '"methodName":"' + method + '","authenticationInfo":{{"principalEmail":"{email}"}},"requestMetadata":{{'
        '"callerIp":"{ip}"}}' + tail + '}},"resource":{{"labels":{{"project_id":"{gcp_proj}"}}}},"timestamp":"{ts}"}}'
    )


TEMPLATES = [
    t(
        UA,
        "ct.console_login",
        ct(
            "signin.amazonaws.com",
            "ConsoleLogin",
            ',"responseElements":{{"ConsoleLogin":"Success"}},'
            '"additionalEventData":{{"MFAUsed":"Yes","LoginTo":"https://console.aws.amazon.com/"}}',
        ),
        ct(
            "signin.amazonaws.com",
            "ConsoleLogin",
            ',"responseElements":{{"ConsoleLogin":"Success"}},"additionalEventData":{{"MFAUsed":"No"}}',
            who="AssumedRole",
        ),
    ),
    t(
        UA,
        "ct.iam_user",
        ct("iam.amazonaws.com", "CreateUser", ',"requestParameters":{{"userName":"{user}"}}'),
        ct("iam.amazonaws.com", "DeleteUser", ',"requestParameters":{{"userName":"{user}"}}'),
        ct("iam.amazonaws.com", "UpdateLoginProfile", ',"requestParameters":{{"userName":"{user}"}}'),
        ct("iam.amazonaws.com", "ChangePassword", ',"requestParameters":null'),
    ),
    t(
        UA,
        "ct.sso",
        ct(
            "sso.amazonaws.com",
            "Federate",
            ',"serviceEventDetails":{{"role_name":"AdministratorAccess"}}',
            who="Unknown",
        ),
        ct(
            "signin.amazonaws.com",
            "CredentialVerification",
            ',"serviceEventDetails":{{"CredentialType":"PASSWORD","CredentialVerification":"Success"}}',
            who="IdentityCenterUser",
        ),
    ),
    t(
        SEC,
        "ct.login_failed",
        ct(
            "signin.amazonaws.com",
            "ConsoleLogin",
            ',"errorMessage":"Failed authentication","responseElements":{{'
            '"ConsoleLogin":"Failure"}},"additionalEventData":{{"MFAUsed":"No"}}',
        ),
        ct(
            "signin.amazonaws.com",
            "ConsoleLogin",
            ',"errorMessage":"No username found in supplied account","responseElements":{{"ConsoleLogin":"Failure"}}',
        ),
    ),
    t(
        SEC,
        "ct.access_denied",
        ct(
            "s3.amazonaws.com",
            "GetObject",
            ',"errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::{awsacct}:'
            "user/{ct_user} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::"
            '{svc}-backups/db.dump"',
        ),
        ct(
            "iam.amazonaws.com",
            "AttachUserPolicy",
            ',"errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::'
            '{awsacct}:user/{ct_user} is not authorized to perform: iam:AttachUserPolicy"',
        ),
        ct(
            "sts.amazonaws.com",
            "AssumeRole",
            ',"errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::{awsacct}:'
            "user/{ct_user} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::{awsacct}:role/"
            'OrganizationAccountAccessRole"',
        ),
    ),
    t(
        SEC,
        "ct.tampering",
        ct(
            "cloudtrail.amazonaws.com",
            "StopLogging",
            ',"requestParameters":{{"name":"arn:aws:cloudtrail:{region}:{awsacct}:trail/org-trail"}}',
        ),
        ct("cloudtrail.amazonaws.com", "DeleteTrail", ',"requestParameters":{{"name":"org-trail"}}'),
        ct("guardduty.amazonaws.com", "DeleteDetector", ',"requestParameters":{{"detectorId":"{hex32}"}}'),
    ),
    t(
        SEC,
        "ct.exposure",
        ct(
            "ec2.amazonaws.com",
            "AuthorizeSecurityGroupIngress",
            ',"requestParameters":{{"groupId":"sg-{hex16}",'
            '"ipPermissions":{{"items":[{{"ipProtocol":"tcp","fromPort":22,"toPort":22,"ipRanges":{{"items":[{{'
            '"cidrIp":"0.0.0.0/0"}}]}}}}]}}}}',
        ),
        ct(
            "s3.amazonaws.com",
            "PutBucketPolicy",
            ',"requestParameters":{{"bucketName":"{svc}-exports","bucketPolicy":{{'
            '"Statement":[{{"Effect":"Allow","Principal":"*","Action":"s3:GetObject"}}]}}}}',
        ),
        ct("iam.amazonaws.com", "CreateAccessKey", ',"requestParameters":{{"userName":"root"}}', who="Root"),
    ),
    t(
        SN,
        "ct.routine",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"responseElements":{{"instancesSet":{{"items":[{{"instanceId":"{instance}"}}]}}}}',
        ),
        ct(
            "ec2.amazonaws.com",
            "StopInstances",
            ',"requestParameters":{{"instancesSet":{{"items":[{{"instanceId":"{instance}"}}]}}}}',
        ),
        ct("s3.amazonaws.com", "CreateBucket", ',"requestParameters":{{"bucketName":"{svc}-logs-{region}"}}'),
        ct("ec2.amazonaws.com", "CreateSnapshot", ',"requestParameters":{{"volumeId":"vol-{hex16}"}}'),
    ),
    t(
        SN,
        "ct.service",
        ct(
            "sts.amazonaws.com",
            "AssumeRole",
            ',"requestParameters":{{"roleArn":"arn:aws:iam::{awsacct}:role/lambda-exec","roleSessionName":"{svc}"}}',
            who="AWSService",
        ),
        ct(
            "kms.amazonaws.com",
            "Decrypt",
            ',"requestParameters":{{"encryptionAlgorithm":"SYMMETRIC_DEFAULT"}}',
            who="AWSService",
        ),
        ct(
            "autoscaling.amazonaws.com",
            "SetDesiredCapacity",
            ',"requestParameters":{{"autoScalingGroupName":"{svc}-asg","desiredCapacity":{small}}}',
        ),
    ),
    t(
        RES,
        "ct.limits",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"errorCode":"Client.InstanceLimitExceeded","errorMessage":"You have'
            " requested more instances ({n}) than your current instance limit of 20 allows for the specified instance"
            ' type."',
        ),
        ct(
            "ec2.amazonaws.com",
            "DescribeInstances",
            ',"errorCode":"Client.RequestLimitExceeded","errorMessage":"Request limit exceeded."',
        ),
        ct("dynamodb.amazonaws.com", "PutItem", ',"errorCode":"ThrottlingException","errorMessage":"Rate exceeded"'),
    ),
    t(
        ERR,
        "ct.errors",
        ct(
            "ec2.amazonaws.com",
            "RunInstances",
            ',"errorCode":"Client.InvalidParameterValue","errorMessage":"Value'
            ' (ami-{hex16}) for parameter imageId is invalid."',
        ),
        ct(
            "rds.amazonaws.com",
            "CreateDBSnapshot",
            ',"errorCode":"InvalidDBInstanceState","errorMessage":"Instance'
            ' {svc}-db is not currently in the available state."',
        ),
    ),
    t(
        UA,
        "gcp.iam",
        gcp("google.admin.AdminService.createUser", "admin.googleapis.com", ',"status":{{}}'),
        gcp("google.admin.AdminService.deleteUser", "admin.googleapis.com", ',"status":{{}}'),
        gcp(
            "google.login.LoginService.loginSuccess",
            "login.googleapis.com",
            ',"metadata":{{"event":[{{"eventName":"login_success"}}]}}',
        ),
        sources=GCP,
    ),
    t(
        SEC,
        "gcp.denied",
        gcp("storage.objects.get", "storage.googleapis.com", ',"status":{{"code":7,"message":"PERMISSION_DENIED"}}'),
        gcp(
            "v1.compute.instances.setMetadata",
            "compute.googleapis.com",
            ',"status":{{"code":7,"message":"Required'
            " 'compute.instances.setMetadata' permission for 'projects/{gcp_proj}/zones/europe-west1-b/instances/"
            "{svc}'\"}}",
        ),
        gcp(
            "google.login.LoginService.loginFailure",
            "login.googleapis.com",
            ',"metadata":{{"event":[{{"eventName":'
            '"login_failure","parameter":[{{"name":"login_failure_type",'
            '"value":"login_failure_invalid_password"}}]}}]}}',
        ),
        sources=GCP,
    ),
    t(
        SEC,
        "gcp.iam_change",
        gcp(
            "SetIamPolicy",
            "cloudresourcemanager.googleapis.com",
            ',"serviceData":{{"policyDelta":{{"bindingDeltas":'
            '[{{"action":"ADD","role":"roles/owner","member":"user:{email}"}}]}}}}',
        ),
        gcp(
            "google.iam.admin.v1.CreateServiceAccountKey",
            "iam.googleapis.com",
            ',"request":{{"name":"projects/-/serviceAccounts/{svc}@{gcp_proj}.iam.gserviceaccount.com"}}',
        ),
        sources=GCP,
    ),
    t(
        SN,
        "gcp.routine",
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            ',"resourceName":"projects/{gcp_proj}/zones/us-central1-a/instances/{svc}-{small}"',
        ),
        gcp("storage.buckets.create", "storage.googleapis.com", ',"resourceName":"projects/_/buckets/{svc}-exports"'),
        gcp(
            "google.container.v1.ClusterManager.UpdateCluster",
            "container.googleapis.com",
            ',"resourceName":"projects/{gcp_proj}/locations/europe-west1/clusters/prod"',
        ),
        sources=GCP,
    ),
    t(
        RES,
        "gcp.quota",
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            ',"status":{{"code":8,"message":"Quota \'CPUS\' exceeded.  Limit: 24.0 in region us-central1."}}',
        ),
        gcp(
            "v1.compute.disks.insert",
            "compute.googleapis.com",
            ',"status":{{"code":8,"message":"Quota \'SSD_TOTAL_GB\' exceeded.  Limit: 500.0 in region europe-west1."}}',
        ),
        sources=GCP,
    ),
    t(
        CRIT,
        "gcp.host_error",
        '{{"protoPayload":{{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","serviceName":"compute.googleapis'
        '.com","methodName":"compute.instances.hostError","status":{{"message":"Instance terminated by Compute Engine'
        ' due to a host error."}}}},"logName":"projects/{gcp_proj}/logs/cloudaudit.googleapis.com%2Fsystem_event",'
        '"timestamp":"{ts}"}}',
        '{{"protoPayload":{{"serviceName":"compute.googleapis.com","methodName":"compute.instances.guestTerminate",'
        '"status":{{"message":"Instance {svc}-{small} crashed: kernel panic reported by'
        ' guest"}}}},"timestamp":"{ts}"}}',
        sources=GCP,
    ),
    t(
        DEP,
        "gcp.deprecated",
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            ',"response":{{"warnings":[{{"code":'
            '"DEPRECATED_RESOURCE_USED","message":"The resource \'projects/debian-cloud/global/images/debian-10-buster-'
            "v20220719' is deprecated. A suggested replacement is 'projects/debian-cloud/global/images/debian-11-"
            "bullseye-v20220719'.\"}}]}}",
        ),
        gcp(
            "v1.compute.instances.insert",
            "compute.googleapis.com",
            ',"response":{{"warnings":[{{"code":"DEPRECATED_RESOURCE_USED","message":"The resource \'projects/centos-'
            "cloud/global/images/centos-7-v20240611' is deprecated. A suggested replacement is 'projects/rocky-linux-"
            "cloud/global/images/rocky-linux-8-v20240611'.\"}}]}}",
        ),
        sources=GCP,
    ),
    t(
        DEP,
        "sdk",
        "(node:{pid}) NOTE: The AWS SDK for JavaScript (v2) is in maintenance mode. SDK releases are limited to address"
        " critical bugs and security issues only. Please migrate your code to use AWS SDK for JavaScript (v3).",
        "PythonDeprecationWarning: Boto3 will no longer support Python 3.7 starting December 13, 2023. To continue"
        " receiving service updates, bug fixes, and security updates please upgrade to Python 3.8 or later.",
        sources="aws-sdk",
    ),
    t(
        UA,
        "ct.mfa",
        ct("iam.amazonaws.com", "EnableMFADevice", ',"requestParameters":{{"userName":"{user}"}}'),
        ct("iam.amazonaws.com", "DeactivateMFADevice", ',"requestParameters":{{"userName":"{user}"}}'),
        ct("iam.amazonaws.com", "CreateLoginProfile", ',"requestParameters":{{"userName":"{user}"}}'),
    ),
    t(
        UA,
        "gcp.login_logout",
        gcp(
            "google.login.LoginService.logout",
            "login.googleapis.com",
            ',"metadata":{{"event":[{{"eventName":"logout"}}]}}',
        ),
        gcp("google.admin.AdminService.changePassword", "admin.googleapis.com", ',"status":{{}}'),
        sources=GCP,
    ),
]
