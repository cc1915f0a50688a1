"""Packages of the wheel: logtriage from daemon/, and the bundled rules and default model, kept once at the
repo's top (rules/, models/default/) and mapped in as package data under logtriage/data/.

Everything else about the project is in pyproject.toml. Run from a checkout, logtriage finds rules/ and
models/default/ in place (see logtriage/bundled.py); installed from the wheel, inside the package.
"""

from setuptools import find_packages, setup

BUNDLED = {"logtriage.data.rules": "rules", "logtriage.data.models.default": "models/default"}

setup(
    packages=[*find_packages("daemon"), *BUNDLED],
    package_dir={"": "daemon", **BUNDLED},
    package_data={
        "logtriage.v1": ["*.pyi"],
        "logtriage.data.rules": ["*.yaml", "*.yml"],
        "logtriage.data.models.default": ["*.json", "*.npz", "*.safetensors"],
    },
    exclude_package_data={"": ["__pycache__/*"]},
)
