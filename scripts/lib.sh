# Shared helpers for the setup scripts (sourced, not run).

# apt_install PKG...: install Debian packages that are not installed yet (apt-get update once).
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "setup: already installed: $*"
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if [ ! -f /tmp/.sunting-apt-updated ]; then
        echo "setup: apt-get update"
        $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq && touch /tmp/.sunting-apt-updated
    fi
    echo "setup: installing ${missing[*]} (Debian packages)"
    # one line per package unpacked and set up; debconf's notes about a missing apt-utils go
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 -o Dpkg::Use-Pty=0 \
        install -y -q --no-install-recommends "${missing[@]}" 2>&1 |
        grep --line-buffered -E "^(Unpacking|Setting up|E:|W:)" || true
    for pkg in "${missing[@]}"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || { echo "setup: $pkg did not install" >&2; return 1; }
    done
}

# venv_python: the project's virtual environment, created on first use.
venv_dir() {
    echo "${SUNTING_VENV:-$PWD/.venv}"
}

# timed LABEL COMMAND...: run a step, then say how long it took (and fail as it failed).
timed() {
    local label=$1 start=$SECONDS status=0
    shift
    echo "== $label"
    "$@" || status=$?
    if [ "$status" -eq 0 ]; then
        echo "== $label: done in $((SECONDS - start)) s"
    else
        echo "== $label: failed (exit $status) after $((SECONDS - start)) s"
    fi
    return "$status"
}

# pip_install ARGS...: pip with one line per package it installs (nothing for what is there).
# setuptools' editable build prints an informational note about its import finder as a
# UserWarning on every install; it is not a problem of ours, so the build step hides it.
pip_install() {
    local status
    set +e
    PYTHONWARNINGS=ignore::UserWarning "$(venv_dir)/bin/python" -m pip install \
        --disable-pip-version-check --progress-bar off "$@" 2>&1 |
        grep --line-buffered -vE "^(Requirement already satisfied|Obtaining|  (Installing|Checking|Getting|Preparing|Building|Created|Stored)|Building editable|Successfully built|Installing collected)"
    status=${PIPESTATUS[0]}
    set -e
    return "$status"
}
