#!/usr/bin/env python3
"""Checks the Dutch locale files of the Camunda webapps against the English ones that Camunda ships.

    python3 .ci/webapp-locales.py            # check all four apps; exit 1 on a problem
    python3 .ci/webapp-locales.py --todo     # also print every English text that is still the same in Dutch

For each app (tasklist, cockpit, admin, welcome) it reads the shipped en.json from the camunda-webapp-webjar in the
local Maven repository (run ./mvnw dependency:resolve first) and our nl.json under
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/, walks every key recursively and reports
keys that are missing or empty in Dutch, keys we have that Camunda no longer ships, and texts whose {{placeholders}},
%s/%d or HTML tags differ from the English. WebappLocaleTest checks completeness in the build; this script gives
the full list while translating (e.g. after a Camunda upgrade: add the reported keys to nl.json).
"""
import glob
import json
import os
import re
import sys
import zipfile

APPS = ['tasklist', 'cockpit', 'admin', 'welcome']
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = os.path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app')
SHIPPED = 'META-INF/resources/webjars/camunda/app/{}/locales/en.json'
# texts that are the same in Dutch on purpose (names, symbols, loanwords)
SAME = {'Admin', 'Camunda', 'Cockpit', 'Tasklist', 'Optimize', 'Filter', 'Filters', 'Dashboard', 'Batch', 'Batches',
        'batch', 'Tenant', 'Tenants', 'Deployment', 'Deployments', 'ID', 'ID*', 'OK', 'CSV', 'JSON', 'Diagram',
        'Type', 'Label', 'Status', 'Job', 'Jobs', 'Incident', 'Element', 'Links', 'Account', 'Mapping', 'Payload',
        'Endpoint', 'Topic', 'Runtime', 'Operator', 'Heatmap:', 'Upload', 'weekend', 'Tenant-ID', 'null', '<null>',
        'Criteria', 'Tenant-ID:', ' OK', 's', 'Maximum:', 'Minimum:', 'Tenant: ID', 'Camunda Cockpit',
        '{{count}} jobs'}
PLACEHOLDER = re.compile(r'\{\{\s*[\w.]+\s*\}\}|%[sd]|\{\}')
TAG = re.compile(r'</?(a|br|strong|em|b|i|span|code|p|ul|li)\b')


def webjar():
    jars = sorted(glob.glob(os.path.expanduser(
        '~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/*/camunda-webapp-webjar-*.jar')))
    if not jars:
        sys.exit('camunda-webapp-webjar not in ~/.m2: run ./mvnw -B dependency:resolve first')
    return jars[-1]


def flatten(node, prefix=''):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from flatten(value, prefix + key + '.')
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from flatten(value, f'{prefix}{index}.')
    else:
        yield prefix[:-1], node


def check(todo):
    problems = 0
    with zipfile.ZipFile(webjar()) as jar:
        for app in APPS:
            english = dict(flatten(json.loads(jar.read(SHIPPED.format(app)).decode('utf-8-sig'))))
            with open(os.path.join(OURS, app, 'locales', 'nl.json'), encoding='utf-8') as f:
                dutch = dict(flatten(json.load(f)))
            for key, en in english.items():
                nl = dutch.get(key)
                if nl is None or (isinstance(en, str) and en.strip() and not str(nl).strip()):
                    print(f'{app}: missing {key} = {en!r}')
                    problems += 1
                elif isinstance(en, str):
                    if sorted(PLACEHOLDER.findall(en)) != sorted(PLACEHOLDER.findall(nl)) \
                            or sorted(TAG.findall(en)) != sorted(TAG.findall(nl)):
                        print(f'{app}: placeholders or HTML differ in {key}: {en!r} -> {nl!r}')
                        problems += 1
                    elif todo and en == nl and en.strip() not in SAME and re.search('[a-z]{3}', en):
                        print(f'{app}: same as English {key} = {en!r}')
            for key in dutch.keys() - english.keys():
                if key.startswith('labels.'):
                    print(f'{app}: not shipped any more {key}')
            print(f'{app}: {len(english)} keys checked')
    return problems


if __name__ == '__main__':
    found = check('--todo' in sys.argv)
    print(f'{found} problem(s)')
    sys.exit(1 if found else 0)
