import * as core from '@actions/core';

core.info('acme-deploy-action');
