"""Package layout that pyproject.toml cannot express on its own.

The top-level ``resources/`` folder (rule packs, dictionaries, templates, ...) is installed as the
package ``sunting_resources`` so that a plain ``pip install .`` carries every data file.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["editor", "editor.*", "db", "db.*"]) + ["sunting_resources"],
    package_dir={"sunting_resources": "resources"},
    package_data={
        "sunting_resources": ["**/*"],
        "db": ["migrations/*", "migrations/**/*", "alembic.ini"],
    },
    include_package_data=False,
)
