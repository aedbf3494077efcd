import { RecordList } from '../records/RecordList';
import { dealList } from './dealResource';

export default function DealsPage() {
  return <RecordList decl={dealList} />;
}
