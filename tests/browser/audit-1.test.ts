import { auditPages } from '../support/audit.ts';

auditPages(0, 2);
