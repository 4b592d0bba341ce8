import { auditPages } from '../support/audit.ts';

auditPages(1, 2);
