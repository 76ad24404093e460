import { MeetingsSection } from './MeetingsSection';
import { ComplianceSection } from './ComplianceSection';
import './feedback.css';

export function FeedbackStep() {
  return (
    <>
      <MeetingsSection />
      <ComplianceSection />
    </>
  );
}
