import { CallerIdConstants, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';

export interface BotAuthenticationSettings {
  appId?: string;
  appPassword?: string;
  appType: string;
  tenantId?: string;
  /** Where channel tokens' signing keys are published (botbuilder's public-cloud address when not set). */
  channelOpenIdMetadataUrl?: string;
  /** Where Emulator tokens' signing keys are published (likewise). */
  emulatorOpenIdMetadataUrl?: string;
}

/**
 * The options for botbuilder's ConfigurationBotFrameworkAuthentication. Once any endpoint is given,
 * BotFrameworkAuthenticationFactory takes every endpoint as given (an unset issuer would refuse every token), so with
 * a metadata address the public cloud's other endpoints are filled in, as the factory's own public-cloud default has them.
 */
export function botAuthenticationOptions(
  settings: BotAuthenticationSettings,
): ConfigurationBotFrameworkAuthenticationOptions {
  const credentials = {
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId ?? '',
  };
  if (!settings.channelOpenIdMetadataUrl && !settings.emulatorOpenIdMetadataUrl) return credentials;
  return {
    ...credentials,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl:
      settings.channelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl:
      settings.emulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
