import { Button, Card, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconAddressBook,
  IconAward,
  IconBriefcase,
  IconCompass,
  IconBuilding,
  IconChartBar,
  IconNotebook,
  IconKey,
  IconListDetails,
  IconListTree,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PAGE_ROLES } from '../../app/roles';
import { hasAnyRole, useCurrentMe } from '../../app/session';
import { TEAM_ROLES } from '../team/access';

interface Action {
  title: string;
  description: string;
  to: string;
  linkLabel: string;
  icon: ReactNode;
}

/** Cards for the pages that exist today and that this person may open. */
export function ActionCards() {
  const me = useCurrentMe();
  const isAdmin = hasAnyRole(me, ['admin']);
  const actions: Action[] = [
    {
      title: 'CPD log',
      description:
        'Log development in seconds (Alt+N anywhere), tag it to frameworks, and see your year against your target.',
      to: '/cpd/dashboard',
      linkLabel: 'Open your CPD dashboard',
      icon: <IconNotebook aria-hidden />,
    },
    {
      title: 'Portfolios',
      description:
        'Build a CMALT, ISTE or Advance HE portfolio from your CPD entries, checked section by section before you submit.',
      to: '/portfolios',
      linkLabel: 'Open your portfolios',
      icon: <IconBriefcase aria-hidden />,
    },
    {
      title: 'Accreditation',
      description:
        'Submit a portfolio for peer review, assess or run a scheme, and share the signed Open Badges credential a pass earns.',
      to: '/reviews',
      linkLabel: 'Open accreditation',
      icon: <IconAward aria-hidden />,
    },
    {
      title: 'Careers',
      description:
        'See how your job title reads, assess yourself against a framework, find your gaps to a target role and plan with recommendations that say why.',
      to: '/careers',
      linkLabel: 'Open your career profile',
      icon: <IconCompass aria-hidden />,
    },
  ];
  if (hasAnyRole(me, TEAM_ROLES)) {
    actions.push({
      title: 'Team CPD',
      description:
        'Hours by type and protected time of the people who share their summary with you.',
      to: '/team/cpd',
      linkLabel: 'See team CPD',
      icon: <IconChartBar aria-hidden />,
    });
  }
  if (hasAnyRole(me, PAGE_ROLES.frameworks)) {
    actions.push({
      title: 'Competency frameworks',
      description:
        'CMALT, ISTE Coaches, the Advance HE PSF, CETL and Jisc, with how they map to each other, CASE import and export.',
      to: '/frameworks',
      linkLabel: 'Browse frameworks',
      icon: <IconListTree aria-hidden />,
    });
  }
  actions.push(
    {
      title: 'Your profile',
      description: 'Change your name and password, see your institutions, download your data.',
      to: '/profile',
      linkLabel: 'Open your profile',
      icon: <IconUserCircle aria-hidden />,
    },
    {
      title: 'API tokens',
      description: 'Create personal tokens so scripts and other tools can use Cairn as you.',
      to: '/profile/tokens',
      linkLabel: 'Manage API tokens',
      icon: <IconKey aria-hidden />,
    },
  );
  if (hasAnyRole(me, PAGE_ROLES.people)) {
    actions.push({
      title: 'People',
      description: isAdmin
        ? 'Invite colleagues, change their roles and deactivate accounts.'
        : 'See who is in your institution and their roles.',
      to: '/people',
      linkLabel: isAdmin ? 'Manage people' : 'See people',
      icon: <IconAddressBook aria-hidden />,
    });
  }
  if (hasAnyRole(me, PAGE_ROLES.institution)) {
    actions.push({
      title: 'Institution settings',
      description: 'Keep your institution’s name and sector up to date.',
      to: '/institution',
      linkLabel: 'Edit institution settings',
      icon: <IconBuilding aria-hidden />,
    });
  }
  if (hasAnyRole(me, PAGE_ROLES.audit)) {
    actions.push({
      title: 'Audit log',
      description: 'See who signed in, who was invited and what changed, and when.',
      to: '/audit',
      linkLabel: 'Open the audit log',
      icon: <IconListDetails aria-hidden />,
    });
  }

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {actions.map((action) => (
        <Card key={action.to} withBorder padding="lg">
          <Stack gap="sm" h="100%">
            <ThemeIcon variant="light" size="lg" radius="md">
              {action.icon}
            </ThemeIcon>
            <Text fw={600} fz="lg" component="h3" m={0}>
              {action.title}
            </Text>
            <Text size="sm" style={{ flexGrow: 1 }}>
              {action.description}
            </Text>
            <Button component={Link} to={action.to} variant="light" fullWidth>
              {action.linkLabel}
            </Button>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
