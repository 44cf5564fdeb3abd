#!/usr/bin/env python3
"""Adds lock entries for other platforms' optional native builds that `npm install` left out.

The registry mirror this project is built on serves only some platform builds (e.g. no darwin or
win32 @next/swc); npm then omits them from package-lock.json and `npm ci` refuses the lock as out of
sync. An entry with the package's os/cpu lets `npm ci` skip it on this machine as intended.
Run after `npm install` changes the lock: npm ci --dry-run 2>&1 | python3 scripts/lock-platform-stubs.py
"""
import json
import re
import sys

lock_path = 'package-lock.json'
lock = json.load(open(lock_path))
packages = lock['packages']
missing = re.findall(r'Missing: (\S+?)@\S* from lock file', sys.stdin.read())


def wanted_version(name):
    for entry in packages.values():
        if name in entry.get('optionalDependencies', {}):
            return entry['optionalDependencies'][name]
    raise SystemExit(f'{name} is no optional dependency of any locked package')


for name in missing:
    short = name.split('/')[-1]
    os_name = next((o for o in ('android', 'darwin', 'freebsd', 'win32', 'linux') if f'-{o}-' in short), None)
    cpu = next((c for c in ('wasm32', 'arm64', 'x64', 'arm') if c in short), None)
    entry = {'version': wanted_version(name), 'optional': True, 'cpu': [cpu]}
    if os_name:
        entry['os'] = [os_name]
    packages[f'node_modules/{name}'] = entry
    print(f'stubbed {name}@{entry["version"]}')

lock['packages'] = dict(sorted(packages.items(), key=lambda item: (item[0] != '', item[0])))
with open(lock_path, 'w') as out:
    json.dump(lock, out, indent=2)
    out.write('\n')
