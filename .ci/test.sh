#!/usr/bin/env bash
# Runs every test, as README.md says and CI does: unit tests, the outside checks against NLTK and
# SciPy, then the Pax Exam tests that boot our own Karaf distribution.
#
# The outside checks rerun committed Python scripts with Debian's python3-nltk and python3-scipy and
# compare their output with our measures. This installs the two packages when they are missing and
# apt-get can run (as root, or through sudo); then a missing Python package fails the build instead
# of skipping the checks. Without them, only the committed reference values are compared.
#
# The browser test (WebPageIT) drives Debian's chromium through chromium-driver with Selenium and
# needs a CJK font for the Chinese page; they are installed the same way when missing, and then the
# test must run (-Dbrowser.tests=required) instead of being skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

python_ready() {
    /usr/bin/python3 -c 'import nltk, scipy' 2>/dev/null
}

apt_install() {
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q "$@" || { apt-get update -q && apt-get install -y -q "$@"; }
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo apt-get install -y -q "$@" || { sudo apt-get update -q && sudo apt-get install -y -q "$@"; }
    else
        return 1
    fi
}

checks=optional
if python_ready || { command -v apt-get >/dev/null && apt_install python3-nltk python3-scipy >&2 && python_ready; }; then
    checks=required
else
    echo "python3-nltk and python3-scipy are not installed and cannot be installed here:" \
        "the outside checks compare the committed reference values only." >&2
fi

browser_ready() {
    command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ] && dpkg -s fonts-wqy-zenhei >/dev/null 2>&1
}

browser=optional
if browser_ready || { command -v apt-get >/dev/null && DEBIAN_FRONTEND=noninteractive apt_install chromium chromium-driver fonts-wqy-zenhei >&2 && browser_ready; }; then
    browser=required
else
    echo "chromium, chromium-driver and fonts-wqy-zenhei are not installed and cannot be installed here:" \
        "the browser test is skipped." >&2
fi
exec mvn -B -ntp verify -Doutside.checks="$checks" -Dbrowser.tests="$browser" "$@"
