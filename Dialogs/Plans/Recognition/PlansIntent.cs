namespace CollabBot.Dialogs.Plans.Recognition;

public enum PlansIntent { None, Plans, WhatsNew, Follow, Unfollow, Subscriptions }
