# Shared helpers for the setup scripts (sourced, not run).

# apt_install PKG...: install Debian packages that are not installed yet (apt-get update once).
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if [ ! -f /tmp/.sunting-apt-updated ]; then
        $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq && touch /tmp/.sunting-apt-updated
    fi
    echo "setup: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# venv_python: the project's virtual environment, created on first use.
venv_dir() {
    echo "${SUNTING_VENV:-$PWD/.venv}"
}
