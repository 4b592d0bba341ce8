import { auditEveryPage } from '../support/audit.ts';

auditEveryPage('dark');
