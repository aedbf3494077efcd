import { RecordList } from '../records/RecordList';
import { contactList } from './contactResource';

export default function ContactsPage() {
  return <RecordList decl={contactList} />;
}
