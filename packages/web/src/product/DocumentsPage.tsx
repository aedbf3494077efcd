import { RecordList } from '../records/RecordList';
import { documentList } from './documentResource';

export default function DocumentsPage() {
  return <RecordList decl={documentList} />;
}
