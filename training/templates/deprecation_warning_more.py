"""Deprecation Warning, more ecosystems: deprecated, obsolete, abandoned, sunset, end-of-life, removal notices."""

from functools import partial

from training.templates import make

t = partial(make, "Deprecation Warning")

TEMPLATES = [
    t(
        "dep.python_stdlib",
        "python django flask",
        "py none json",
        "DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. "
        "Use timezone-aware objects to represent datetimes in UTC.",
        "pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/pkg_resources.html",
        "FutureWarning: The default value of numeric_only in DataFrame.mean is deprecated.",
        "PendingDeprecationWarning: the imp module is deprecated in favour of importlib",
        "'flask.Markup' is deprecated and will be removed in Flask 2.4. Import 'markupsafe.Markup' instead.",
    ),
    t(
        "dep.pydantic_sqlalchemy",
        "python",
        "py none",
        "PydanticDeprecatedSince20: Support for class-based `config` is deprecated, use ConfigDict instead. Deprecated "
        "in Pydantic V2.0 to be removed in V3.0.",
        "The `dict` method is deprecated; use `model_dump` instead.",
        "MovedIn20Warning: The ``declarative_base()`` function is now available as "
        "sqlalchemy.orm.declarative_base(); the sqlalchemy.ext.declarative version will be removed",
    ),
    t(
        "dep.pip",
        "pip",
        "none",
        "DEPRECATION: Legacy editable install of {svc}=={ver} from file:///src (setup.py develop) is deprecated. pip "
        "25.0 will enforce this behaviour change.",
        "DEPRECATION: {svc} is being installed using the legacy 'setup.py install' method, because it does not have a "
        "'pyproject.toml'",
        "Python 3.{7|8} is no longer supported by the Python core team; support will be dropped in the next release",
    ),
    t(
        "dep.yarn_pnpm",
        "yarn pnpm npm",
        "none",
        "warning {npm}: This package is no longer supported.",
        "WARN  deprecated {npm}: Please upgrade to a maintained version",
        "npm warn deprecated {npm}: This module is not supported, and leaks memory. Do not use it.",
        "warning {svc} > {npm}: request has been deprecated, see https://github.com/request/request/issues/3142",
    ),
    t(
        "dep.node_runtime",
        "node",
        "none pino",
        "(node:{pid}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland "
        "alternative instead.",
        "(node:{pid}) [DEP0106] DeprecationWarning: crypto.createCipher is deprecated.",
        "(node:{pid}) [DEP_WEBPACK_COMPILATION_ASSETS] DeprecationWarning: Compilation.assets will be frozen in future",
        "Browserslist: caniuse-lite is outdated. Please run: npx update-browserslist-db@latest",
    ),
    t(
        "dep.composer",
        "composer",
        "none",
        "Package {guzzlehttp/ringphp|swiftmailer/swiftmailer|fzaninotto/faker|laminas/laminas-zendframework-bridge} is "
        "abandoned, you should avoid using it. No replacement was suggested.",
        "Package {doctrine/annotations|laminas/laminas-code} is abandoned, you should avoid using it. Use "
        "{phpstan/phpdoc-parser|nette/php-generator} instead.",
        "Package {fruitcake/laravel-cors|doctrine/cache} is abandoned, you should avoid using it.",
    ),
    t(
        "dep.php_more",
        "php-fpm symfony laravel",
        "php symfony bracket",
        "PHP Deprecated:  Creation of dynamic property App\\Models\\{Order|Invoice|User}::${n} is deprecated in "
        "/var/www/app/src/Model.php on line {n}",
        "PHP Deprecated:  Function strftime() is deprecated in /var/www/app/src/Report.php on line {n}",
        'User Deprecated: Since symfony/{framework-bundle|security-bundle} 6.{small}: The "{svc}" option is '
        "deprecated.",
    ),
    t(
        "dep.java_more",
        "java spring maven",
        "spring java none",
        "warning: [removal] finalize() in Object has been deprecated and marked for removal",
        "WARNING: A terminally deprecated method in java.lang.System has been called",
        "Property 'spring.profiles' is Deprecated: Use 'spring.config.activate.on-profile' instead.",
        "[WARNING] The artifact {svc}:{svc}-core:jar:{ver} has been relocated to com.acme:{svc}-core:jar:{ver}",
        "Log4j 1.x has reached end of life; migrate to Log4j 2",
        logger="o.s.b.c.p.m.PropertiesMigrationListener",
    ),
    t(
        "dep.dotnet_more",
        "dotnet msbuild",
        "none dotnet",
        "warning SYSLIB0014: 'WebRequest.Create(string)' is obsolete: 'WebRequest, HttpWebRequest, ServicePoint, and "
        "WebClient are obsolete. Use HttpClient instead.'",
        "warning CS0618: '{svc}.Legacy{Client|Mapper}' is obsolete: 'Use {svc}.V2 instead'",
        "warning NETSDK1138: The target framework 'net{5|6}.0' is out of support and will not receive security "
        "updates in the future.",
    ),
    t(
        "dep.go_ruby",
        "go bundler rails",
        "none rails",
        "go: module github.com/golang/mock is deprecated: This project is not maintained anymore; switch to "
        "go.uber.org/mock",
        "SA1019: ioutil.ReadAll has been deprecated since Go 1.19",
        "DEPRECATION WARNING: {svc}_path is deprecated and will be removed from Rails 7.{small}",
        "[DEPRECATED] The `--path` flag is deprecated because it relies on being remembered across bundler "
        "invocations.",
    ),
    t(
        "dep.k8s_more",
        "kubectl kube-apiserver helm",
        "none klog",
        "Warning: policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+",
        "Warning: batch/v1beta1 CronJob is deprecated in v1.21+, unavailable in v1.25+; use batch/v1 CronJob",
        '{{"kind":"Event","verb":"list","annotations":{{"k8s.io/deprecated":"true","k8s.io/removed-release":"1.{n}"}}}}',
        "WARNING: This chart is deprecated",
        "Flag --{pod-infra-container-image|cloud-provider} has been deprecated, will be removed in 1.{n}.",
    ),
    t(
        "dep.docker_more",
        "docker docker-compose",
        "none logfmt",
        "the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion",
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release. BuildKit is "
        "currently disabled; enable it by removing the DOCKER_BUILDKIT=0 environment-variable.",
        "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is "
        "disabled by default and will be removed in an upcoming release.",
    ),
    t(
        "dep.iac_more",
        "terraform ansible",
        "none",
        "Warning: Argument is deprecated with {tfres}: Use the aws_s3_bucket_versioning resource instead",
        "Warning: Version constraints inside provider configuration blocks are deprecated; move the version of "
        'provider "{aws|google|azurerm}" to required_providers',
        "[DEPRECATION WARNING]: 'include' is deprecated, use include_tasks/import_tasks instead. This feature will be "
        "removed in version 2.16.",
        "[DEPRECATION WARNING]: community.general.{svc} has been deprecated. This feature will be removed from "
        "community.general in version {n}.0.0.",
    ),
    t(
        "dep.github_actions",
        "github-actions",
        "none",
        "The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. "
        "For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-"
        "and-set-output-commands/",
        "Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: "
        "actions/checkout@v3, actions/setup-node@v3",
        "The `save-state` command is deprecated and will be disabled soon.",
    ),
    t(
        "dep.db_more",
        "mysql mongodb redis",
        "mysql mongo redis",
        "'mysql_native_password' is deprecated and will be removed in a future release. Please use "
        "caching_sha2_password instead",
        "The syntax 'expire-logs-days' is deprecated and will be removed in a future release. Please use "
        "binlog_expire_logs_seconds instead.",
        "Use of deprecated server parameter name: {enableTestCommands|logLevel}",
        "WARNING: the 'slave-read-only' config option is deprecated, use 'replica-read-only'",
        logger="CONTROL",
    ),
    t(
        "dep.search_stream",
        "elasticsearch kafka cassandra",
        "es kafka cassandra none",
        "[types removal] Specifying types in search requests is deprecated.",
        '{{"type":"deprecation.elasticsearch","message":"[xpack.monitoring.collection.enabled] setting was deprecated '
        'in Elasticsearch and will be removed in a future release."}}',
        "The `--zookeeper` option is deprecated and will be removed in Apache Kafka 4.0; use --bootstrap-server",
        "yaml property '{start_rpc|thrift_prepared_statements_cache_size_mb}' is deprecated and will be ignored",
        logger="o.e.d.r.a.s.RestSearchAction|kafka.admin.TopicCommand|DatabaseDescriptor",
    ),
    t(
        "dep.cloud_eol",
        "aws gcp azure",
        "none json",
        "Lambda runtime python3.{7|8} has reached end of support; function {svc} cannot be updated after the "
        "deprecation date",
        "Amazon RDS for MySQL 5.7 reaches end of standard support; instance {db}-prod will be upgraded",
        "Container Registry is deprecated; migrate gcr.io/{svc} to Artifact Registry",
        "Azure AD Graph API is being retired; application {svc} still calls graph.windows.net",
        "The AWS SDK for JavaScript (v2) is in maintenance mode and will reach end-of-support",
    ),
    t(
        "dep.os_eol",
        "apt dnf ubuntu-advantage windows",
        "none syslog",
        "Key is stored in legacy trusted.gpg keyring (/etc/apt/trusted.gpg), see the DEPRECATION section in apt-key(8)"
        " for details.",
        "This release of Ubuntu ({20.04|18.04}) has reached end of standard support",
        "CentOS Linux 8 reached End Of Life; repositories moved to vault.centos.org",
        "Windows 10 version {21H2|22H2} reaches end of servicing; upgrade required",
        proc="apt",
    ),
    t(
        "dep.saas_api",
        "Salesforce Stripe HubSpot ThirdPartyAPI",
        "json iso none",
        "Salesforce API versions 21.0 through 30.0 will be retired; integration {svc} uses v{n}.0",
        "Stripe API version 2019-12-03 is deprecated; upgrade webhook endpoint we_{hex24}",
        "HubSpot v1 contacts API will be sunset; endpoint /contacts/v1/lists still called by {svc}",
        "Sunset: Sat, 31 Dec {2024|2025} 23:59:59 GMT received from {domain} for /v1/orders; migrate to /v2",
        'response header Deprecation: true from {domain}{url}; see Link rel="deprecation"',
    ),
    t(
        "dep.app_kv",
        "ModernCRM BillingSystem AnalyticsEngine LegacyCRM",
        "json logfmt zap",
        '{{"level":"warn","msg":"deprecated config key","key":"db.pool_size","replacement":"database.pool.max"}}',
        'level=warn msg="option --legacy-auth is deprecated and will be removed in {major}.0"',
        "feature flag use_old_pricing is obsolete and will be removed next release",
    ),
    t(
        "dep.frontend",
        "browser react vue",
        "none",
        "[Deprecation] Synchronous XMLHttpRequest on the main thread is deprecated because of its detrimental effects "
        "to the end user's experience.",
        "Warning: ReactDOM.render is no longer supported in React 18. Use createRoot instead.",
        "Warning: componentWillMount has been renamed, and is not recommended for use.",
        "[Vue warn]: the `{svc}` filter is deprecated and will be removed in Vue 3",
    ),
    t(
        "dep.android_more",
        "android gradle",
        "none logcat",
        "WARNING: API 'variant.getMergeResources()' is obsolete and has been replaced with "
        "'variant.getMergeResourcesProvider()'.",
        "targetSdkVersion {30|31|32} is deprecated; Google Play requires target API level 34",
        "The option 'android.enableJetifier' is deprecated and will be removed in AGP 9.0.",
    ),
    t(
        "dep.windows_more",
        "windows powershell",
        "win none",
        "AzureRM PowerShell module is retired; migrate scripts to the Az module",
        "WMIC is deprecated and will be removed in a future Windows release",
        "SMB1 is deprecated; client {host} still negotiates SMBv1",
        "VBScript is deprecated and will be removed in a future release of Windows",
        logger="Microsoft-Windows-PowerShell:4100",
    ),
    t(
        "dep.bigdata_more",
        "hadoop spark airflow",
        "hadoop spark airflow",
        "mapred.job.tracker is deprecated. Instead, use mapreduce.jobtracker.address",
        "spark.yarn.executor.memoryOverhead has been deprecated as of Spark 2.3 and may be removed in the future. "
        "Please use the new key 'spark.executor.memoryOverhead' instead.",
        "RemovedInAirflow3Warning: The `airflow.operators.python_operator.PythonOperator` class is deprecated. Please "
        "use `'airflow.operators.python.PythonOperator'`.",
        logger="Configuration.deprecation|SparkConf",
    ),
    t(
        "dep.systemd_units",
        "systemd",
        "syslog journal",
        "/etc/systemd/system/{svc}.service:{n}: Standard output type syslog is obsolete, automatically updating to "
        "journal. Please update your unit file, and consider removing the setting altogether.",
        "/lib/systemd/system/{svc}.service:{n}: PIDFile= references a path below legacy directory /var/run/, "
        "updating /var/run/{svc}.pid → /run/{svc}.pid; please update the unit file accordingly.",
        proc="systemd",
    ),
    t(
        "dep.webserver_more",
        "nginx prometheus grafana",
        "nginx_err logfmt",
        'the "listen ... http2" directive is deprecated, use the "http2" directive instead in '
        "/etc/nginx/conf.d/{svc}.conf:{n}",
        'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead',
        "flag --storage.tsdb.retention is deprecated, use --storage.tsdb.retention.time",
        "Angular plugin {svc}-panel is deprecated and will stop working in Grafana 12",
    ),
]
