/** Neglect strategy sub-group, September 2025: Word numbering "Item %1:", "Actions" bullets under items, initials in brackets. */
import { blank, bold, bullet, heading, itemLevels, minutes, numbered, p } from './kit.ts';

export const name = 'bromley-neglect-subgroup';

const item = (text: string) => numbered('agenda', 0, text, true);

export const build = () =>
  minutes({
    footer: 'BSCP Neglect Strategy Sub-Group',
    numbering: [{ reference: 'agenda', levels: itemLevels(1, 'Item %1:') }],
    children: [
      heading('Bromley Safeguarding Children Partnership – Neglect Strategy Sub-Group'),
      bold('Minutes of meeting'),
      p('Friday 19 September 2025 | 9.30am – 11.30am | Room 3.12, Stockwell Building, Bromley Civic Centre'),
      blank(),
      bold('Present'),
      bullet('Anna Kovacs (AK) – Head of Early Help, Bromley Council (Chair)'),
      bullet('Dr Femi Ogunleye (FO) – Named GP for Safeguarding Children, NHS South East London ICB'),
      bullet('Rachel Stoddart (RS) – Health Visiting Service Manager, Bromley Healthcare'),
      bullet('Liam Quigley (LQ) – Children’s Social Care Service Manager, Bromley Council'),
      bullet('Donna Pearce (DP) – Housing Needs Manager, Bromley Council'),
      bullet('PC Aaron Whitlock (AW) – Neighbourhood Officer, Metropolitan Police South East BCU'),
      bullet('Helen Osagie (HO) – Education Welfare Manager, Bromley Council'),
      bullet('Megan Tully (MT) – Graded Care Profile 2 Co-ordinator, BSCP'),
      bold('In attendance'),
      bullet('Yvonne Beckett (YB) – Business Support Officer, BSCP (minutes)'),
      p('Apologies: Sarah Lim (Oxleas NHS Foundation Trust) and Cllr Gareth Allen (Bromley Council).'),
      item('Welcome and apologies'),
      p(
        'AK welcomed members and introduced MT, who took up the Graded Care Profile 2 co-ordinator post in August.',
      ),
      item('Minutes of the previous meeting and matters arising'),
      p(
        'The minutes of the meeting held on 18 July 2025 were agreed. All actions are complete except the GCP2 licence renewal.',
      ),
      bold('Action carried forward'),
      bullet('MT to confirm with the NSPCC the number of GCP2 licences needed for 2026'),
      item('Neglect strategy 2024–2027 – year 1 progress report'),
      p(
        'AK presented the year 1 progress report. Of the 14 actions in the strategy’s first-year plan, 9 are complete, 3 are on track and 2 are delayed: the neglect practice toolkit for schools and the dataset on children subject to a plan for neglect for more than 18 months. The number of children subject to a child protection plan under the category of neglect fell from 162 to 148.',
      ),
      p(
        'Members agreed that the October multi-agency audit should focus on neglect of adolescents, where the strategy has had least impact so far.',
      ),
      bold('Actions'),
      bullet('AK to present the year 1 progress report to the Partnership Executive on 3rd Oct 2025'),
      bullet(
        'LQ, RS and HO to identify three cases each for the October multi-agency neglect audit by 17 October',
      ),
      item('Graded Care Profile 2 – use and training'),
      p(
        'MT reported that 212 practitioners have been trained to use GCP2 but only 61 assessments were completed in the last six months, almost all by social workers and health visitors. Schools and housing officers rarely use the tool.',
      ),
      bold('Actions'),
      bullet('MT to circulate GCP2 usage data by agency by the next meeting'),
      bullet('Sub-group chairs to promote GCP2 training through their own sub-groups'),
      item('Housing and neglect – temporary accommodation'),
      p(
        'DP described the rise in families with young children placed in temporary accommodation outside the borough, which now number 410. Health visitors are often not told when a family moves, and children lose their GP and nursery place. DP agreed to ask the housing needs team to share its weekly list of out-of-borough placements with the health visiting service.',
      ),
      bold('Actions'),
      bullet(
        'DP/ LQ to agree a protocol for telling children’s social care and health visiting when families with children under five are placed in temporary accommodation out of borough',
      ),
      item('Voice of the child – “What neglect looks like to me”'),
      p(
        'HO presented the drawings and short films made by pupils at two primary schools about what being looked after well means to them. FO will share the project with GP practice safeguarding leads.',
      ),
      item('Any other business'),
      p(
        'PC Whitlock reported that neighbourhood officers have been briefed on recognising neglect during home visits. No action.',
      ),
      item('Date of next meeting'),
      p('Friday 21 November 2025, 9.30am – 11.30am, Room 3.12, Stockwell Building'),
      p('Friday 16 January 2026, 9.30am – 1pm – development session (to be confirmed)'),
    ],
  });
