"""Windows servicing logs: CBS.log / CSI ([SR] lines of SFC), DISM.log and dism.exe output, the System
Update Readiness summary, and WindowsUpdate.log (Get-WindowsUpdateLog's decoded ETW format and the older
text format).

Phrasings follow Microsoft's own documentation of these logs: KB 928228 "How to analyze the log file entries
that the Microsoft Windows Resource Checker (SFC.exe) program generates" ([SR] Beginning Verify and Repair
transaction, Verifying N components, Cannot repair member file ... file is missing, Could not reproject
corrupted file, Repairing corrupted file ... from store, Repair complete); KB 947821 / "Fix Windows Update
corruptions and installation failures" (Checking System Update Readiness, (p) CSI Payload Corrupt, Repair
failed: Missing replacement payload, Summary: Operation: Detect and Repair, CBS_E_STORE_CORRUPTION 0x800f0831,
CBS_E_SOURCE_MISSING 0x800f081f); the DISM documentation ("Repair a Windows image": Error 0x800f081f The source
files could not be found; "Determine the actual size of the WinSxS folder": Actual Size of Component Store,
Component Store Cleanup Recommended) and DISM.log's "DISM Package Manager: PID= TID=" lines; and Windows
Update troubleshooting articles for WindowsUpdate.log (* START * Finding updates CallerId =, Send failed with
hr = 80072efd, Error 0x80240022 occurred while downloading update, FATAL: CBS called Error with).
"""

from training.templates.families._labels import er, ru, sn
from training.values import register

FAMILY = "windows_cbs"

_COMP = (
    "microsoft-windows-servicingstack",
    "microsoft-windows-d3d10level9",
    "microsoft-windows-grouppolicy-base",
    "microsoft-windows-shell32",
    "microsoft-windows-security-spp",
)
_FILES = ("gpsvc.dll", "shell32.dll", "d3d10level9.dll", "sppsvc.exe", "wdigest.dll", "opencl.dll", "Accessibility.dll")


def _cbs_ts(r) -> str:
    return (
        f"20{r.randrange(22, 26)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d} {r.randrange(24):02d}:"
        f"{r.randrange(60):02d}:{r.randrange(60):02d}, "
    )


register(
    {
        "cbs_ts": _cbs_ts,
        "cbs_file": lambda r: r.choice(_FILES),
        "cbs_comp": lambda r: (
            f"amd64_{r.choice(_COMP)}_31bf3856ad364e35_10.0.{r.choice((19041, 20348, 22621))}."
            f"{r.randrange(1, 5300)}_none_{''.join(r.choices('0123456789abcdef', k=16))}"
        ),
        "cbs_pkg": lambda r: (
            f"Package_for_{r.choice(('RollupFix', 'KB50' + str(r.randrange(10000, 99999))))}"
            f"~31bf3856ad364e35~amd64~~{r.choice((19041, 20348, 22621))}.{r.randrange(1000, 5300)}"
            f".1.{r.randrange(1, 20)}"
        ),
        "cbs_sess": lambda r: f"{r.randrange(30_000_000, 31_200_000)}_{r.randrange(10**9, 4 * 10**9)}",
        "wu_ts": lambda r: (
            f"2024/{r.randrange(1, 13):02d}/{r.randrange(1, 29):02d} {r.randrange(24):02d}:"
            f"{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(10**7):07d} {r.randrange(500, 9000):>4} "
            f"{r.randrange(500, 19000):>5}"
        ),
    }
)

P = "none"
S = "windows-cbs"
_I = "{cbs_ts}Info                  CSI    0000{hex4} "
_E = "{cbs_ts}Error                 CBS    "
_DI = "{cbs_ts}Info                  DISM   "
_DE = "{cbs_ts}Error                 DISM   "

TEMPLATES = [
    sn(
        "cbs.sr_verify",
        S,
        P,
        _I + "[SR] Beginning Verify and Repair transaction",
        _I + "[SR] Verifying 100 (0x0000000000000064) components",
        _I + "[SR] Verify complete",
        "[SR] Beginning Verify and Repair transaction",
    ),
    sn(
        "cbs.sr_repaired",
        S,
        P,
        _I + '[SR] Repairing corrupted file [ml:520{{260}},l:34{{17}}]"\\??\\C:\\Windows\\System32"\\[l:{n}{{{small}}}]'
        '"{cbs_file}" from store',
        _I + "[SR] Repair complete",
        _I + "[SR] Committing transaction",
        _I + "[SR] Repairing {small} components",
    ),
    er(
        "cbs.sr_cannot_repair",
        S,
        P,
        _I + '[SR] Cannot repair member file [l:{n}{{{small}}}]"{cbs_file}" of {cbs_comp}, Version = 10.0.19041.'
        "{num}, pA = PROCESSOR_ARCHITECTURE_AMD64 (9), Culture neutral, VersionScope 1 nonSxS, PublicKeyToken = "
        "{{l:8 b:31bf3856ad364e35}}, Type neutral, TypeName neutral, PublicKey neutral in the store, hash mismatch",
        _I + '[SR] Cannot repair member file [l:{n}{{{small}}}]"{cbs_file}" of Accessibility, Version = '
        "6.0.6000.16386, pA = PROCESSOR_ARCHITECTURE_MSIL (8), Culture neutral, VersionScope neutral, PublicKeyToken "
        "= {{l:8 b:b03f5f7f11d50a3a}}, Type neutral, TypeName neutral, PublicKey neutral in the store, file is missing",
    ),
    er(
        "cbs.sr_reproject",
        S,
        P,
        _I + '[SR] Could not reproject corrupted file [ml:520{{260}},l:34{{17}}]"\\??\\C:\\Windows\\System32"\\'
        '[l:{n}{{{small}}}]"{cbs_file}"; source file in store is also corrupted',
        '[SR] Could not reproject corrupted file [ml:520{{260}},l:34{{17}}]"\\??\\C:\\Windows\\SysWOW64"\\'
        '[l:{n}{{{small}}}]"{cbs_file}"; source file in store is also corrupted',
    ),
    sn(
        "cbs.checksur",
        S,
        P,
        "Checking System Update Readiness.",
        "(p)\tCSI Payload Corrupt (w)\t(Fixed)\t{cbs_comp}\\{cbs_file}",
        "Summary: Operation: Detect and Repair  Operation result: 0x0 Last Successful Step: Entire operation "
        "completes. Total Detected Corruption: 0 CBS Manifest Corruption: 0 CBS Metadata Corruption: 0 CSI Manifest "
        "Corruption: 0 CSI Metadata Corruption: 0 CSI Payload Corruption: 0 Total Repaired Corruption: 0",
        _I + "Store corruption, manifest missing for package: {cbs_pkg} (Fixed)",
    ),
    er(
        "cbs.payload_corrupt",
        S,
        P,
        "(p)\tCSI Payload Corrupt (n)\t\t\t{cbs_comp}\\{cbs_file}",
        "Repair failed: Missing replacement payload.",
        "Summary: Operation: Detect and Repair  Operation result: 0x800f081f Last Successful Step: Entire operation "
        "completes. Total Detected Corruption: {small} CSI Payload Corruption: {small2} Total Repaired Corruption: 0",
        _E
        + "Mark store corruption flag because of package: {cbs_pkg}. [HRESULT = 0x800f0831 - CBS_E_STORE_CORRUPTION]",
    ),
    er(
        "cbs.source_missing",
        S,
        P,
        _E + "Failed to resolve package '{cbs_pkg}' [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]",
        _E + "Exec: Failed to download replacement payload. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]",
        _E + "Failed to perform operation.  [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
    ),
    er(
        "cbs.dism_error",
        "dism",
        P,
        'Error: 0x800f081f The source files could not be found. Use the "Source" option to specify the location of '
        "the files that are required to restore the feature.",
        _DE + "DISM Package Manager: PID={pid} TID={tid} Failed finalizing changes. - "
        "CDISMPackageManager::Internal_Finalize(hr:0x800f081f)",
        _DE + "DISM Package Manager: PID={pid} TID={tid} Error in operation: source for package or file not found, "
        "ResolveSource is unsuccessful. (CBS HRESULT=0x800f081f) - CCbsConditionExpression::Execute(hr:0x800f081f)",
        "Error: 0x800f0906 The source files could not be downloaded.",
    ),
    sn(
        "cbs.dism_session",
        "dism",
        P,
        _DI + "DISM.EXE: <----- Starting Dism.exe session ----->",
        _DI + "DISM.EXE: Host machine information: OS Version=10.0.{19045|20348|22631}, Running architecture=amd64, "
        "Number of processors={n}",
        _DI + "DISM.EXE: <----- Ending Dism.exe session ----->",
        _DI + "DISM.EXE: Image session has been closed. Reboot required=no.",
    ),
    sn(
        "cbs.dism_restorehealth",
        "dism",
        P,
        "The restore operation completed successfully.",
        "The operation completed successfully.",
        "No component store corruption detected.",
        "The component store is repairable.",
    ),
    ru(
        "cbs.component_store_size",
        "dism",
        P,
        "Actual Size of Component Store : {small}.{n} GB",
        "Backups and Disabled Features : {small}.{n} GB",
        "Cache and Temporary Data :  {n}.{small} MB",
        "Number of Reclaimable Packages : {small}",
    ),
    ru(
        "cbs.component_store_cleanup",
        "dism",
        P,
        "Component Store Cleanup Recommended : Yes",
        "Shared with Windows : {small}.{n} GB",
        "Windows Explorer Reported Size of Component Store : {n}.{small} GB",
    ),
    er(
        "cbs.disk_space",
        "dism windows-cbs",
        P,
        "Error: 112 There is not enough space on the disk.",
        _DE + "DISM Package Manager: PID={pid} TID={tid} Failed processing package changes with session options - "
        "CDISMPackageManager::ProcessChangesWithOptions(hr:0x80070070)",
        _E + "Failed to stage execution package: {cbs_pkg} [HRESULT = 0x80070070 - ERROR_DISK_FULL]",
    ),
    sn(
        "cbs.exec_processing",
        S,
        P,
        "{cbs_ts}Info                  CBS    Exec: Processing started.  Client: DISM Package Manager Provider, "
        "Session: {cbs_sess}, Package: {cbs_pkg}",
        "{cbs_ts}Info                  CBS    Exec: Processing complete, session(Corruption Repairing): {cbs_sess} "
        "[HRESULT = 0x00000000 - S_OK]",
        "{cbs_ts}Info                  CBS    Exec: Processing complete.  Session: {cbs_sess}, Package: {cbs_pkg} "
        "[HRESULT = 0x00000000 - S_OK]",
    ),
    sn(
        "cbs.wu_search",
        "windowsupdate",
        P,
        "{wu_ts} Agent           * START *   Finding updates CallerId = UpdateOrchestrator  Id = {n}",
        "{wu_ts} Agent           * END *   Finding updates CallerId = UpdateOrchestrator  Id = {n}",
        "{wu_ts} ComApi          * END *   Search ClientId = UpdateOrchestrator, Updates found = {small}, ServiceId = "
        "{{{uuid}}} (cV = {hex16}.1.1)",
        "{wu_ts} Agent           * START *   Installing updates CallerId = UpdateOrchestrator  Id = {n}",
    ),
    er(
        "cbs.wu_errors",
        "windowsupdate",
        P,
        "{wu_ts} Misc            WARNING: Send failed with hr = 80072efd.",
        "{wu_ts} ProtocolTalker  PTError: 0x80072efd",
        "{wu_ts} DownloadManager Error 0x80240022 occurred while downloading update; notifying dependent calls.",
        "{wu_ts} Agent           WARNING: Failed to evaluate Installed rule, updateId = {{{uuid}}}.{n}, hr = 80242013",
    ),
    er(
        "cbs.wu_install_failed",
        "windowsupdate",
        P,
        "{wu_ts} Handler         FATAL: CBS called Error with 0x800f0922,",
        "{wu_ts} ComApi          * END *   Install ClientId = UpdateOrchestrator, Install result = 0x80070643",
        "{wu_ts} Deployment      Update {{{uuid}}}.{small} failed to install with hr 0x800f0831",
    ),
]
