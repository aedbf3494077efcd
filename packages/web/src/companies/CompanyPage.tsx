import { RecordPage } from '../records/RecordPage';
import { companyRecord } from './companyResource';

export default function CompanyPage() {
  return <RecordPage decl={companyRecord} />;
}
