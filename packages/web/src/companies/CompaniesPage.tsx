import { RecordList } from '../records/RecordList';
import { companyList } from './companyResource';

export default function CompaniesPage() {
  return <RecordList decl={companyList} />;
}
