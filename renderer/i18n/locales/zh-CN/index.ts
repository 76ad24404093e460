import { verify } from './verify';
import { wrapUp } from './wrapUp';
import { app } from './app';
import { commitment } from './commitment';
import { facilitation } from './facilitation';
import { feedback } from './feedback';
import { checks } from './checks';
import { goals } from './goals';
import { handOff } from './handOff';
import { history } from './history';
import { home } from './home';
import { leadProcess } from './leadProcess';
import { metrics } from './metrics';
import { qualifiedLead } from './qualifiedLead';
import { seal } from './seal';
import { sync } from './sync';
import { sla } from './sla';
import { targetBuyer } from './targetBuyer';
import { technology } from './technology';

export const messages = {
  app,
  checks,
  commitment,
  facilitation,
  feedback,
  goals,
  handOff,
  history,
  home,
  leadProcess,
  metrics,
  qualifiedLead,
  seal,
  sla,
  sync,
  targetBuyer,
  technology,
  verify,
  wrapUp,
};
