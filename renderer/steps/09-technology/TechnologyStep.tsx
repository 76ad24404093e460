import { ToolsSection } from './ToolsSection';
import { AutomationSection } from './AutomationSection';
import './technology.css';

export function TechnologyStep() {
  return (
    <>
      <ToolsSection />
      <AutomationSection />
    </>
  );
}
