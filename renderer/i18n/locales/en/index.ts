import { verify } from './verify';
import { app } from './app';
import { commitment } from './commitment';
import { facilitation } from './facilitation';
import { feedback } from './feedback';
import { gaps } from './gaps';
import { goals } from './goals';
import { handOff } from './handOff';
import { history } from './history';
import { home } from './home';
import { leadProcess } from './leadProcess';
import { metrics } from './metrics';
import { qualifiedLead } from './qualifiedLead';
import { seal } from './seal';
import { sla } from './sla';
import { targetBuyer } from './targetBuyer';
import { technology } from './technology';

export const messages = { app, commitment, facilitation, feedback, gaps, goals, handOff, history, home, leadProcess, metrics, qualifiedLead, seal, sla, targetBuyer, technology, verify };
