"""Azure Activity Log records (the `cloud_audit` family, continued): Administrative, Policy, Security,
ServiceHealth and ResourceHealth categories with their documented operationName / resultType values.
"""

from training.templates.families._kit import CRIT, DEP, ERR, RES, SEC, SN, UA
from training.templates.families.cloud_audit import t
from training.values import register

register(
    {
        "az_sub": lambda r: (
            f"{r.randrange(16**8):08x}-{r.randrange(16**4):04x}-4{r.randrange(16**3):03x}-"
            f"a{r.randrange(16**3):03x}-{r.randrange(16**12):012x}"
        ),
    }
)

FAMILY = "cloud_audit"
AZ = "azure-activity"


def az(op: str, status: str, category: str = "Administrative", tail: str = "") -> str:
    """One Azure Activity Log record."""
    return (
        '{{"time":"{ts}","resourceId":"/SUBSCRIPTIONS/{az_sub}/RESOURCEGROUPS/RG-PROD/PROVIDERS/'
        + op.rsplit("/", 1)[0]
        + '/{svc}","operationName":"'
        + op
        + '","category":"'
        + category
        + '","resultType":"'
        + status
        + '",'
        '"callerIpAddress":"{ip}","identity":{{"claims":{{"name":"{email}"}}}}' + tail + "}}"
    )


TEMPLATES = [
    t(
        SN,
        "az.admin",
        az(
            "Microsoft.Resources/subscriptions/resourceGroups/write",
            "Success",
            tail=',"properties":{{"statusCode":"Created"}}',
        ),
        sources=AZ,
    ),
    t(
        SN,
        "az.routine",
        az("Microsoft.Compute/virtualMachines/start/action", "Success"),
        az("Microsoft.Compute/virtualMachines/restart/action", "Success"),
        az("Microsoft.Storage/storageAccounts/listKeys/action", "Success"),
        az("Microsoft.Web/sites/write", "Success"),
        sources=AZ,
    ),
    t(
        ERR,
        "az.failed",
        az(
            "Microsoft.Compute/virtualMachines/write",
            "Failed",
            tail=',"properties":{{"statusCode":"Conflict",'
            '"statusMessage":"{{\\"error\\":{{\\"code\\":\\"AllocationFailed\\",\\"message\\":\\"Allocation failed. We'
            " do"
            ' not have sufficient capacity for the requested VM size in this region.\\"}}}}"}}',
        ),
        az(
            "Microsoft.Resources/deployments/write",
            "Failed",
            tail=',"properties":{{"statusCode":"BadRequest",'
            '"statusMessage":"{{\\"error\\":{{\\"code\\":\\"InvalidTemplateDeployment\\"}}}}"}}',
        ),
        sources=AZ,
    ),
    t(
        SEC,
        "az.denied",
        az("Microsoft.KeyVault/vaults/secrets/read", "Failed", tail=',"properties":{{"statusCode":"Forbidden"}}'),
        az("Microsoft.Authorization/policies/audit/action", "Success", category="Policy"),
        az("Microsoft.Security/locations/alerts/activate/action", "Active", category="Security"),
        sources=AZ,
    ),
    t(
        CRIT,
        "az.service_health",
        az(
            "Microsoft.ServiceHealth/incident/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"Virtual Machines - West Europe - Service outage",'
            '"incidentType":"Incident"}}',
        ),
        az(
            "Microsoft.Resourcehealth/healthevent/Activated/action",
            "Active",
            category="ResourceHealth",
            tail=',"properties":{{"title":"Virtual machine unavailable: a hardware failure on the host was detected"}}',
        ),
        sources=AZ,
    ),
    t(
        DEP,
        "az.retirement",
        az(
            "Microsoft.ServiceHealth/healthadvisory/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"Basic SKU public IP addresses will be retired on 30 September 2025",'
            '"incidentType":"ActionRequired"}}',
        ),
        az(
            "Microsoft.ServiceHealth/healthadvisory/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"Support for TLS 1.0 and 1.1 on Azure Storage ends; upgrade clients to TLS'
            ' 1.2","incidentType":"ActionRequired"}}',
        ),
        sources=AZ,
    ),
    t(
        UA,
        "az.signin_more",
        az("Microsoft.Authorization/roleAssignments/delete", "Success"),
        az("Microsoft.ManagedIdentity/userAssignedIdentities/write", "Success"),
        sources=AZ,
    ),
    t(
        SN,
        "az.autoscale",
        az("Microsoft.Insights/AutoscaleSettings/Scaleup/Action", "Succeeded", category="Autoscale"),
        az("Microsoft.Insights/AutoscaleSettings/Scaledown/Action", "Succeeded", category="Autoscale"),
        sources=AZ,
    ),
    t(
        SN,
        "az.backup",
        az("Microsoft.RecoveryServices/vaults/backupJobs/action", "Succeeded"),
        az("Microsoft.Compute/snapshots/write", "Succeeded"),
        sources=AZ,
    ),
    t(
        ERR,
        "az.deploy_failed",
        az("Microsoft.Web/sites/slots/slotsswap/action", "Failed", tail=',"properties":{{"statusCode":"Conflict"}}'),
        az("Microsoft.Sql/servers/databases/write", "Failed", tail=',"properties":{{"statusCode":"BadRequest"}}'),
        sources=AZ,
    ),
    # More operations, error codes (SkuNotAvailable, VMExtensionProvisioningError, OperationNotAllowed quota
    # messages, PublicIPCountLimitReached) and Service Health retirement notices.
    t(
        SN,
        "more.az_routine",
        az("Microsoft.Compute/virtualMachines/deallocate/action", "Succeeded"),
        az("Microsoft.ContainerService/managedClusters/write", "Succeeded"),
        az("Microsoft.Resources/deployments/write", "Succeeded", tail=',"properties":{{"statusCode":"OK"}}'),
        az(
            "Microsoft.Resourcehealth/healthevent/Resolved/action",
            "Resolved",
            category="ResourceHealth",
            tail=',"properties":{{"title":"Virtual machine available","currentHealthStatus":"Available"}}',
        ),
        sources=AZ,
    ),
    t(
        SEC,
        "more.az_exposure",
        az(
            "Microsoft.Network/networkSecurityGroups/securityRules/write",
            "Succeeded",
            tail=',"properties":{{"requestbody":"{{\\"properties\\":{{\\"sourceAddressPrefix\\":\\"*\\",'
            '\\"destinationPortRange\\":\\"{3389|22}\\",\\"access\\":\\"Allow\\",\\"direction\\":\\"Inbound\\"}}}}"}}',
        ),
        az("Microsoft.Insights/diagnosticSettings/delete", "Succeeded"),
        az("Microsoft.KeyVault/vaults/accessPolicies/write", "Succeeded"),
        sources=AZ,
    ),
    t(
        ERR,
        "more.az_failed",
        az(
            "Microsoft.Compute/virtualMachines/write",
            "Failed",
            tail=',"properties":{{"statusCode":"Conflict","statusMessage":"{{\\"error\\":{{\\"code\\":\\"'
            'SkuNotAvailable\\",\\"message\\":\\"The requested size for resource is currently not available in '
            'location westeurope zones 1.\\"}}}}"}}',
        ),
        az(
            "Microsoft.Compute/virtualMachines/extensions/write",
            "Failed",
            tail=',"properties":{{"statusCode":"Conflict","statusMessage":"{{\\"error\\":{{\\"code\\":\\"'
            'VMExtensionProvisioningError\\"}}}}"}}',
        ),
        sources=AZ,
    ),
    t(
        RES,
        "more.az_quota",
        az(
            "Microsoft.Compute/virtualMachines/write",
            "Failed",
            tail=',"properties":{{"statusCode":"Conflict","statusMessage":"{{\\"error\\":{{\\"code\\":\\"'
            'OperationNotAllowed\\",\\"message\\":\\"Operation could not be completed as it results in exceeding '
            'approved Total Regional Cores quota. Current Limit: {n}, Current Usage: {n}\\"}}}}"}}',
        ),
        az(
            "Microsoft.Network/publicIPAddresses/write",
            "Failed",
            tail=',"properties":{{"statusCode":"BadRequest","statusMessage":"{{\\"error\\":{{\\"code\\":\\"'
            'PublicIPCountLimitReached\\"}}}}"}}',
        ),
        sources=AZ,
    ),
    t(
        DEP,
        "more.az_retirement",
        az(
            "Microsoft.ServiceHealth/healthadvisory/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"The Log Analytics agent will be retired on 31 August 2024; migrate to Azure'
            ' Monitor Agent","incidentType":"ActionRequired"}}',
        ),
        az(
            "Microsoft.ServiceHealth/healthadvisory/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"Cloud Services (classic) will be retired on 31 August 2024",'
            '"incidentType":"ActionRequired"}}',
        ),
        sources=AZ,
    ),
    t(
        CRIT,
        "more.az_outage",
        az(
            "Microsoft.Resourcehealth/healthevent/Activated/action",
            "Active",
            category="ResourceHealth",
            tail=',"properties":{{"title":"Storage account unavailable","currentHealthStatus":"Unavailable",'
            '"cause":"PlatformInitiated"}}',
        ),
        az(
            "Microsoft.ServiceHealth/incident/action",
            "Active",
            category="ServiceHealth",
            tail=',"properties":{{"title":"Azure SQL Database - North Europe - Service unavailable",'
            '"incidentType":"Incident"}}',
        ),
        sources=AZ,
    ),
]
