import { auditEveryPage } from '../support/audit.ts';

auditEveryPage('light');
