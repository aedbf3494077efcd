import { RecordPage } from '../records/RecordPage';
import { contactRecord } from './contactResource';

export default function ContactPage() {
  return <RecordPage decl={contactRecord} />;
}
